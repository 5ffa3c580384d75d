// Collects relation-label lookups made in the same tick (every cell of a list page, every picker
// on a form) into one `resolveRelation` call per resource field, at most `maxBatch` ids a call.
import type { Backend, Id, RelationOption } from "../backend/types.ts";
import type { ResourceSchema } from "../protocol/types.ts";

type ResolveMany = (ids: Id[]) => Promise<RelationOption[]>;

interface Waiter {
  resolve: (option: RelationOption | null) => void;
  reject: (error: unknown) => void;
}

export class RelationLabelBatcher {
  private queue = new Map<string, { id: Id; waiters: Waiter[] }>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    public resolveMany: ResolveMany,
    private readonly maxBatch = 50,
  ) {}

  /** The option for `id`, or null when the backend does not know it. */
  load(id: Id): Promise<RelationOption | null> {
    return new Promise((resolve, reject) => {
      const key = String(id);
      const entry = this.queue.get(key);
      if (entry) entry.waiters.push({ resolve, reject });
      else this.queue.set(key, { id, waiters: [{ resolve, reject }] });
      this.timer ??= setTimeout(() => this.flush(), 0);
    });
  }

  private flush(): void {
    this.timer = null;
    const entries = [...this.queue.values()];
    this.queue.clear();
    for (let i = 0; i < entries.length; i += this.maxBatch) {
      const chunk = entries.slice(i, i + this.maxBatch);
      this.resolveMany(chunk.map((e) => e.id)).then(
        (options) => {
          const byValue = new Map(options.map((o) => [String(o.value), o]));
          for (const e of chunk) for (const w of e.waiters) w.resolve(byValue.get(String(e.id)) ?? null);
        },
        (error: unknown) => {
          for (const e of chunk) for (const w of e.waiters) w.reject(error);
        },
      );
    }
  }
}

const batchers = new WeakMap<Backend, Map<string, RelationLabelBatcher>>();

/** The batcher for one relation field of one backend (the resource object is refreshed each call). */
export function relationLabelBatcher(backend: Backend, resource: ResourceSchema, field: string): RelationLabelBatcher {
  let perBackend = batchers.get(backend);
  if (!perBackend) {
    perBackend = new Map();
    batchers.set(backend, perBackend);
  }
  const key = `${resource.name}\u0000${field}`;
  const resolveMany: ResolveMany = (ids) => backend.resolveRelation(resource, field, ids);
  let batcher = perBackend.get(key);
  if (batcher) batcher.resolveMany = resolveMany;
  else {
    batcher = new RelationLabelBatcher(resolveMany);
    perBackend.set(key, batcher);
  }
  return batcher;
}
