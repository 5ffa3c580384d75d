// The list's selection state: picked rows (kept across pages), or "all N matching" the query.
// A new search, filter set or sort starts a new, empty selection.
import { useCallback, useMemo, useState } from "react";
import type { RowSelectionState } from "@tanstack/react-table";
import type { Id, Item, ListQuery } from "../../backend/types.ts";
import { selectionCount, type ListSelection } from "../shared/list-selection.ts";
import { pickRows, rowSelectionOf, selectionOf, selectionScopeOf, unpick, type PickedRows } from "./row-selection.ts";

export interface ListSelectionState {
  selection: ListSelection;
  count: number;
  /** For the table: which of its rows are selected, and how its row selection changes it. */
  rowSelection: RowSelectionState;
  pick(next: RowSelectionState, rows: readonly Item[], idOf: (item: Item) => Id | null): void;
  /** Unpick one row (deleted). */
  drop(key: string): void;
  selectAllMatching(): void;
  clear(): void;
}

export function useListSelection({ query, total }: { query: ListQuery; total: number }): ListSelectionState {
  const [picked, setPicked] = useState<PickedRows>(() => new Map());
  const [allMatching, setAllMatching] = useState(false);
  const scope = selectionScopeOf(query);
  const [pickedIn, setPickedIn] = useState(scope);
  if (pickedIn !== scope) {
    setPickedIn(scope);
    setPicked(new Map());
    setAllMatching(false);
  }
  const rowSelection = useMemo(() => rowSelectionOf(picked), [picked]);
  const pick = useCallback((next: RowSelectionState, rows: readonly Item[], idOf: (item: Item) => Id | null) => {
    setAllMatching(false);
    setPicked((prev) => pickRows(prev, next, rows, idOf));
  }, []);
  const drop = useCallback((key: string) => setPicked((prev) => unpick(prev, key)), []);
  const clear = useCallback(() => {
    setPicked(new Map());
    setAllMatching(false);
  }, []);
  const selectAllMatching = useCallback(() => setAllMatching(true), []);
  const selection = selectionOf({ picked, allMatching, query, total });
  return { selection, count: selectionCount(selection), rowSelection, pick, drop, selectAllMatching, clear };
}
