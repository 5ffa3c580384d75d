// Collections by name, and their records: a get that hides soft-deleted records unless asked,
// and one that throws NOT_FOUND for writes.
import { StoreError } from "./store-error.ts";
import type { Collection, CollectionOptions, StoreState, StoredRecord } from "./types.ts";

export function collection(state: StoreState, name: string): Collection {
  const c = state.collections.get(name);
  if (!c) throw new Error(`Unknown collection "${name}"`);
  return c;
}

export function defineCollection(state: StoreState, name: string, options: CollectionOptions = {}): void {
  if (state.collections.has(name)) return;
  state.collections.set(name, { name, options, records: new Map(), uniqueIndex: new Map((options.unique ?? []).map((f) => [f, new Map()])) });
}

export function getRecord(state: StoreState, name: string, id: string, opts: { includeDeleted?: boolean } = {}): StoredRecord | undefined {
  const rec = collection(state, name).records.get(id.toLowerCase());
  if (!rec) return undefined;
  if (rec.doc.is_deleted === true && !opts.includeDeleted) return undefined;
  return rec;
}

export function mustGet(state: StoreState, name: string, id: string): StoredRecord {
  const rec = getRecord(state, name, id);
  if (!rec) throw new StoreError("NOT_FOUND", `${name} record ${id} not found`, { resource: name, item_id: id });
  return rec;
}
