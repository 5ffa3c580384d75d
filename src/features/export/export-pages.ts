// Pages through everything a list query matches, for a client-side export: perPage =
// maxPerPage, de-duplicated by id, cancellable, with progress. Where the backend's sort is not
// reliable (litestar-admin: no tiebreaker, litestar-admin.md §6) pages are fetched in primary
// key order and the user's sort is applied in the browser once all have loaded.
import type { Backend, Id, Item, ListQuery, SortKey } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { intlLocales } from "../../i18n/translate.ts";

export interface ExportPagesOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

function cancelled(): Error {
  const e = new Error("The export was cancelled");
  e.name = "AbortError";
  return e;
}

function idKey(id: Id): string {
  return `${typeof id}:${String(id)}`;
}

/** The item key that holds the backend's id (e.g. the primary key column). */
export function idFieldOf(backend: Backend, resource: ResourceSchema, item: Item): string | null {
  let id: Id;
  try {
    id = backend.idOf(resource, item);
  } catch {
    return null;
  }
  for (const k of ["id", "_id", ...Object.keys(item)]) if (item[k] === id) return k;
  return null;
}

export function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined || a === "") return 1;
  if (b === null || b === undefined || b === "") return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return a ? -1 : 1;
  // the user's own collation (a Swedish file puts å, ä, ö after z)
  return String(a).localeCompare(String(b), intlLocales(), { numeric: true, sensitivity: "base" });
}

export function sortItems(items: Item[], sort: SortKey[]): Item[] {
  if (sort.length === 0) return items;
  return items.sort((x, y) => {
    for (const k of sort) {
      const c = compareValues(x[k.field], y[k.field]);
      if (c !== 0) return k.desc ? -c : c;
    }
    return 0;
  });
}

/**
 * Yields the matching rows page by page. With a reliable server sort each page is yielded as it
 * arrives (so the caller can write it out and drop it); otherwise one final sorted batch.
 */
export async function* exportPages(backend: Backend, resource: ResourceSchema, query: ListQuery, opts: ExportPagesOptions = {}): AsyncGenerator<Item[]> {
  const caps = backend.capabilities();
  const perPage = Math.max(1, caps.maxPerPage);
  const userSort = query.sort ?? [];
  const seen = new Set<string>();
  let base: ListQuery = { ...query, page: 1, perPage };
  let clientSort = false;
  if (!caps.sortReliable) {
    // Find the primary key from one row, then page in that order.
    const probe = await backend.list(resource, { ...query, sort: [], page: 1, perPage: 1 }, { signal: opts.signal });
    const first = probe.items[0];
    const pk = first ? idFieldOf(backend, resource, first) : null;
    base = { ...base, sort: pk ? [{ field: pk, desc: false }] : [] };
    clientSort = true;
  }
  const held: Item[] = [];
  let done = 0;
  for (let page = 1; ; page++) {
    if (opts.signal?.aborted) throw cancelled();
    const result = await backend.list(resource, { ...base, page }, { signal: opts.signal });
    const fresh: Item[] = [];
    for (const item of result.items) {
      let key: string;
      try {
        key = idKey(backend.idOf(resource, item));
      } catch {
        key = `row:${done + fresh.length}`;
      }
      if (seen.has(key)) continue;
      seen.add(key);
      fresh.push(item);
    }
    done += fresh.length;
    opts.onProgress?.(done, result.total);
    if (clientSort) held.push(...fresh);
    else if (fresh.length > 0) yield fresh;
    if (result.items.length === 0 || page * result.perPage >= result.total) break;
  }
  if (clientSort) yield sortItems(held, userSort);
}
