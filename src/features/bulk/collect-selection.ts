// Turns a ListSelection into the concrete rows it means: the ids picked on the page, or every
// record matching the query ("select all N matching"), paged through at the backend's largest
// page size, de-duplicated by id.
import type { Backend, Id, Item } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import type { ListSelection } from "../shared/list-selection.ts";

export interface CollectOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface SelectedRows {
  ids: Id[];
  items: Item[];
}

function cancelled(): Error {
  const e = new Error("Cancelled");
  e.name = "AbortError";
  return e;
}

export async function collectSelection(backend: Backend, resource: ResourceSchema, selection: ListSelection, opts: CollectOptions = {}): Promise<SelectedRows> {
  if (selection.kind === "ids") return { ids: [...selection.ids], items: [...selection.items] };
  const perPage = Math.max(1, backend.capabilities().maxPerPage);
  const seen = new Set<string>();
  const ids: Id[] = [];
  const items: Item[] = [];
  let total: number;
  for (let page = 1; ; page++) {
    if (opts.signal?.aborted) throw cancelled();
    const result = await backend.list(resource, { ...selection.query, page, perPage }, { signal: opts.signal });
    total = result.total;
    for (const item of result.items) {
      const id = backend.idOf(resource, item);
      const key = `${typeof id}:${String(id)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ids.push(id);
      items.push(item);
    }
    opts.onProgress?.(ids.length, total);
    if (result.items.length === 0 || page * perPage >= total) break;
  }
  return { ids, items };
}
