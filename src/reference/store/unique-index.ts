// Unique fields among live records, case-insensitive for text: an index per unique field, kept in
// step with every write; a conflicting write throws CONFLICT.
import { StoreError } from "./store-error.ts";
import type { Collection, Doc, StoredRecord } from "./types.ts";

function uniqueKey(value: unknown): string | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  return typeof value === "string" ? `s:${value.toLowerCase()}` : `j:${JSON.stringify(value)}`;
}

export function indexAdd(c: Collection, rec: StoredRecord): void {
  for (const [field, index] of c.uniqueIndex) {
    const key = uniqueKey(rec.doc[field]);
    if (key !== undefined) index.set(key, rec.id);
  }
}

export function indexRemove(c: Collection, rec: StoredRecord): void {
  for (const [field, index] of c.uniqueIndex) {
    const key = uniqueKey(rec.doc[field]);
    if (key !== undefined && index.get(key) === rec.id) index.delete(key);
  }
}

/** The id of another live record holding `value` in the unique `field`, if any. */
export function uniqueConflict(c: Collection, field: string, value: unknown, exceptId?: string): string | undefined {
  const index = c.uniqueIndex.get(field);
  const key = uniqueKey(value);
  if (!index || key === undefined) return undefined;
  const owner = index.get(key);
  return owner !== undefined && owner !== exceptId ? owner : undefined;
}

export function checkUnique(c: Collection, doc: Doc, exceptId?: string): void {
  for (const field of c.uniqueIndex.keys()) {
    const owner = uniqueConflict(c, field, doc[field], exceptId);
    if (owner !== undefined) {
      throw new StoreError("CONFLICT", `A ${c.name} record with this ${field} already exists`, {
        resource: c.name,
        field,
        value: doc[field],
        existing_id: owner,
      });
    }
  }
}
