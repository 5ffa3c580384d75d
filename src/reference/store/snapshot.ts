// Restoring a collection from a snapshot: its records replaced, its unique indexes rebuilt from
// the live ones (as seed loading does).
import type { Collection, StoredRecord } from "./types.ts";
import { indexAdd } from "./unique-index.ts";

export function restoreRecords(c: Collection, records: readonly StoredRecord[]): void {
  c.records.clear();
  for (const index of c.uniqueIndex.values()) index.clear();
  for (const rec of records) {
    c.records.set(rec.id, rec);
    if (rec.doc.is_deleted !== true) indexAdd(c, rec);
  }
}
