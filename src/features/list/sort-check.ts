// For backends that may silently ignore a sort (litestar-admin: `sortReliable: false`): check
// that the rows we got are in the requested order, so the UI can drop a sort it did not get.
// Nulls and pairs whose order depends on the collation are never taken as evidence.
import type { Item, Page, SortKey } from "../../backend/types.ts";

const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);

/** -1/1 when a and b are in that order under every plausible server collation, else 0. */
function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (typeof a === "number" && typeof b === "number") return sign(a - b);
  if (typeof a === "boolean" && typeof b === "boolean") return sign(Number(a) - Number(b));
  const x = String(a);
  const y = String(b);
  // databases differ (code points, case-insensitive, locale): only a verdict all agree on counts
  const verdicts = [
    sign(x.localeCompare(y, undefined, { sensitivity: "base", numeric: true })),
    sign(x.localeCompare(y)),
    x < y ? -1 : x > y ? 1 : 0,
    x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0,
  ];
  return verdicts.every((v) => v === verdicts[0]) ? (verdicts[0] ?? 0) : 0;
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

/**
 * Whether the server applied the sort sent: not where it said it dropped it; yes where it is
 * trusted to say so, while nothing is loaded, or while the rows are still the previous view's;
 * else as far as the rows show.
 */
export function sortApplied({ page, sent, reliable, placeholder }: { page: Page | undefined; sent: readonly SortKey[]; reliable: boolean; placeholder: boolean }): boolean {
  if (!page) return true;
  if (page.sortDropped === true) return false;
  return reliable || placeholder || rowsFollowSort(page.items, sent);
}
