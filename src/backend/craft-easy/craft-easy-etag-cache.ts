// The last ETag seen per record (craft-easy.md §7.3), with the record it came with: a write
// without a version uses it, and a PUT builds its full body from it. Bounded, oldest out first.
import type { ResourceSchema } from "../../protocol/types.ts";
import type { Id, Item } from "../types.ts";

export interface EtagEntry {
  etag: string;
  item: Item;
}

export interface EtagCache {
  get(resource: ResourceSchema, id: Id): EtagEntry | undefined;
  /** Remembers the record's ETag; a response without one forgets the stale entry. */
  remember(params: { resource: ResourceSchema; id: Id; etag: string | null; item: Item }): void;
  forget(resource: ResourceSchema, id: Id): void;
  clear(): void;
}

export function createEtagCache(maxEntries = 500): EtagCache {
  const entries = new Map<string, EtagEntry>();
  const key = (resource: ResourceSchema, id: Id): string => `${resource.name}\u0000${String(id)}`;
  return {
    get: (resource, id) => entries.get(key(resource, id)),
    remember({ resource, id, etag, item }) {
      const k = key(resource, id);
      entries.delete(k);
      if (!etag) return;
      entries.set(k, { etag, item });
      if (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
    },
    forget: (resource, id) => void entries.delete(key(resource, id)),
    clear: () => entries.clear(),
  };
}
