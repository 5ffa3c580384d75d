// What the user selected in a list: explicit rows, or "all N matching" the current query.
// Shared by the list view, bulk actions and export.
import type { Id, Item, ListQuery } from "../../backend/types.ts";

export type ListSelection =
  | { kind: "ids"; ids: Id[]; items: Item[] }
  | { kind: "all-matching"; query: ListQuery; total: number };

export const EMPTY_SELECTION: ListSelection = { kind: "ids", ids: [], items: [] };

export function selectionCount(s: ListSelection): number {
  return s.kind === "ids" ? s.ids.length : s.total;
}
