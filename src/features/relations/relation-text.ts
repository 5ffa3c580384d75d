// What the relation picker writes beside its options and chips: id hints for labels several
// records share, and the search's status line.
import type { Id } from "../../backend/types.ts";
import type { RelationSearchState } from "./use-relation-search.ts";
import { t } from "./messages.ts";

/** The tail of an id (enough to tell records with the same label apart). */
export function shortId(id: Id): string {
  const text = String(id);
  return text.length > 8 ? text.slice(-6) : text;
}

/** The labels that occur more than once. */
export function sharedLabels(labels: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const l of labels) (seen.has(l) ? twice : seen).add(l);
  return twice;
}

export function searchStatusText(search: Pick<RelationSearchState, "error" | "isLoading" | "options" | "total">): string {
  if (search.error && search.options.length > 0) return t("moreFailed");
  if (search.isLoading || search.options.length === 0) return "";
  const n = search.options.length;
  if (search.total !== null && search.total > n) return t("shownOf", { shown: n, total: search.total });
  return t("matches", { count: n });
}
