// The list's picked rows, kept by row id across pages of the same search, filters and sort, and
// the pure steps between them, the table's row selection and the ListSelection that bulk actions
// and export take.
import type { RowSelectionState } from "@tanstack/react-table";
import type { Id, Item, ListQuery } from "../../backend/types.ts";
import { EMPTY_SELECTION, type ListSelection } from "../shared/list-selection.ts";

export interface PickedRow {
  id: Id;
  item: Item;
}
/** Picked rows by their id as a string (the table's row id). */
export type PickedRows = ReadonlyMap<string, PickedRow>;

/** A selection belongs to one search, filter set and sort: another one starts empty. */
export function selectionScopeOf(query: ListQuery): string {
  return JSON.stringify([query.search ?? "", query.filters ?? [], query.sort ?? []]);
}

/** The table's row selection state for the picked rows. */
export function rowSelectionOf(picked: PickedRows): RowSelectionState {
  return Object.fromEntries([...picked.keys()].map((k) => [k, true] as const));
}

/**
 * The rows picked once the table's selection is `next`: those already picked keep their item
 * (they may be on another page), new ones are looked up on the page; rows without an id are never picked.
 */
export function pickRows(prev: PickedRows, next: Record<string, boolean | undefined>, rows: readonly Item[], idOf: (item: Item) => Id | null): PickedRows {
  const picked = new Map<string, PickedRow>();
  for (const [key, on] of Object.entries(next)) {
    if (!on) continue;
    const known = prev.get(key);
    if (known) {
      picked.set(key, known);
      continue;
    }
    const item = rows.find((it) => String(idOf(it)) === key);
    const id = item ? idOf(item) : null;
    if (item && id !== null) picked.set(key, { id, item });
  }
  return picked;
}

export function unpick(picked: PickedRows, key: string): PickedRows {
  if (!picked.has(key)) return picked;
  const next = new Map(picked);
  next.delete(key);
  return next;
}

export function selectionOf({ picked, allMatching, query, total }: { picked: PickedRows; allMatching: boolean; query: ListQuery; total: number }): ListSelection {
  if (allMatching) return { kind: "all-matching", query: { ...query, page: 1 }, total };
  if (picked.size === 0) return EMPTY_SELECTION;
  const rows = [...picked.values()];
  return { kind: "ids", ids: rows.map((r) => r.id), items: rows.map((r) => r.item) };
}
