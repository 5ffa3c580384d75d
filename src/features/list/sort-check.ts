// For backends that may silently ignore a sort (litestar-admin: `sortReliable: false`): check
// that the rows we got are in the requested order, so the UI can drop a sort it did not get.
import type { Item, SortKey } from "../../backend/types.ts";

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1; // nulls last either way: not decisive
  if (b === null || b === undefined) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  return String(a).localeCompare(String(b), undefined, { sensitivity: "base", numeric: true });
}

/** False only when two adjacent rows are provably out of the order of the first sort key. */
export function rowsFollowSort(items: readonly Item[], sort: readonly SortKey[], sample = 25): boolean {
  const key = sort[0];
  if (!key || items.length < 2) return true;
  const rows = items.slice(0, sample);
  let ascendingSeen = false;
  let descendingSeen = false;
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]?.[key.field];
    const b = rows[i]?.[key.field];
    if (a === null || a === undefined || b === null || b === undefined) continue;
    const c = compare(a, b);
    if (c < 0) ascendingSeen = true;
    if (c > 0) descendingSeen = true;
  }
  return key.desc ? !ascendingSeen : !descendingSeen;
}
