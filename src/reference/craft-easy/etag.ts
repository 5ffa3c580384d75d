// ETag comparison for If-None-Match / If-Match (craft-easy.md §7.3): quotes and W/ are ignored,
// `*` matches anything; item ETags are the quoted revision.
import type { StoredRecord } from "../store/types.ts";

/** The ETag value (quotes and W/ stripped) for comparison. */
function etagValue(header: string): string {
  return header.trim().replace(/^W\//, "").replace(/^"(.*)"$/, "$1");
}

export function etagMatches(header: string | null, current: string): boolean {
  if (header === null) return false;
  return header.split(",").some((h) => h.trim() === "*" || etagValue(h) === etagValue(current));
}

export function revisionTag(rec: StoredRecord): string {
  return `"${rec.revision}"`;
}
