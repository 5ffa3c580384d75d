// What the list tells screen readers when its sort or page changes (the rows themselves are not read out).
import type { SortKey } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { fieldLabel } from "../../protocol/labels.ts";
import { t } from "./messages.ts";

export interface Announced {
  /** The sort last shown, as JSON. */
  sort: string;
  page: number;
}

/** "Sorted by Total, descending; then Name, ascending", or "Sort cleared". */
export function sortAnnouncement(sort: readonly SortKey[], resource: ResourceSchema): string {
  if (sort.length === 0) return t("sortCleared");
  const keys = sort.map((s) => t(s.desc ? "sortKeyDescending" : "sortKeyAscending", { field: fieldLabel(s.field, resource.fields[s.field]) }));
  return t("sortedBy", { keys: keys.reduce((first, next) => t("sortThen", { first, next })) });
}

/** The announcement for a change from `prev` to the page now shown (a sort change wins), or null for none. */
export function listAnnouncement(prev: Announced, next: { sort: readonly SortKey[]; page: number; pages: number }, resource: ResourceSchema): string | null {
  if (JSON.stringify(next.sort) !== prev.sort) return sortAnnouncement(next.sort, resource);
  if (next.page !== prev.page) return t("pageOf", { page: next.page, pages: next.pages });
  return null;
}
