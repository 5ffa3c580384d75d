// The list's TanStack table: its state lives elsewhere (sort in the URL, columns in the
// preferences, selection in use-list-selection.ts) and the table only reads and changes it.
// Sorting is the server's (manual).
import { useCallback, useMemo } from "react";
import { functionalUpdate, useTable } from "@tanstack/react-table";
import type { ColumnSizingState, ColumnVisibilityState, RowSelectionState, SortingState, TableState, Updater } from "@tanstack/react-table";
import type { Id, Item } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { ACTIONS_COLUMN, SELECT_COLUMN, listColumnDefs, listFeatures, type ListFeatures } from "./list-columns.ts";
import type { ListTableInstance, ListUrlState } from "./types.ts";
import type { ListPrefsState } from "./use-list-prefs.ts";
import type { ListSelectionState } from "./use-list-selection.ts";

export interface ListTableInput {
  resource: ResourceSchema;
  /** Columns and sortable fields from its settings; the sort is the view's (a header click changes it). */
  url: Pick<ListUrlState, "settings" | "view" | "update">;
  rows: Item[];
  multiSort: boolean;
  prefs: ListPrefsState;
  selection: ListSelectionState;
  idOf(item: Item): Id | null;
}

const selectResizing = (state: TableState<ListFeatures>) => ({ columnResizing: state.columnResizing });

export function useListTable({ resource, url, rows, multiSort, prefs, selection, idOf }: ListTableInput): ListTableInstance {
  const { settings: { columns, sortFields }, view: { sort }, update } = url;
  const columnDefs = useMemo(() => listColumnDefs(resource, columns, sortFields), [columns, resource, sortFields]);
  const sorting: SortingState = useMemo(() => sort.map((s) => ({ id: s.field, desc: s.desc })), [sort]);
  const columnOrder = useMemo(() => [SELECT_COLUMN, ...prefs.ordered, ACTIONS_COLUMN], [prefs.ordered]);
  const getRowId = useCallback((item: Item, index: number) => {
    const id = idOf(item);
    return id === null ? `row-${index}` : String(id);
  }, [idOf]);
  const { rowSelection, pick } = selection;
  const onRowSelectionChange = useCallback(
    (u: Updater<RowSelectionState>) => pick(functionalUpdate(u, rowSelection), rows, idOf),
    [rowSelection, pick, rows, idOf],
  );
  const updatePrefs = prefs.update;
  // Every other state is the list's own (URL, preferences, selection), passed in as options: the
  // table re-renders the list only for its internal column-resize drag, not a second time after
  // each change of ours (its default subscribes to all state, which it publishes after the commit).
  return useTable({
    features: listFeatures,
    columns: columnDefs,
    data: rows,
    getRowId,
    state: { sorting, columnVisibility: prefs.prefs.visibility, columnOrder, columnSizing: prefs.prefs.sizing, rowSelection },
    manualSorting: true,
    enableMultiSort: multiSort,
    isMultiSortEvent: (e: unknown) => multiSort && typeof e === "object" && e !== null && "shiftKey" in e && e.shiftKey === true,
    enableSortingRemoval: true,
    sortDescFirst: false,
    onSortingChange: (u: Updater<SortingState>) => update({ sort: functionalUpdate(u, sorting).map((s) => ({ field: s.id, desc: s.desc })) }),
    onColumnVisibilityChange: (u: Updater<ColumnVisibilityState>) => updatePrefs((p) => ({ ...p, visibility: functionalUpdate(u, p.visibility) })),
    onColumnSizingChange: (u: Updater<ColumnSizingState>) => updatePrefs((p) => ({ ...p, sizing: functionalUpdate(u, p.sizing) })),
    onRowSelectionChange,
    enableRowSelection: true,
    columnResizeMode: "onChange",
  }, selectResizing);
}
