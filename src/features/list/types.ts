// The list's contract: what useListController returns and ListContext carries (as in ra-core's
// ListControllerResult). Each view component reads the part it needs; each part is built by one
// hook or function of its own (use-list-controller.ts names them).
import type { ReactTable, TableState } from "@tanstack/react-table";
import type { FilterCondition, FilterOp, Id, Item, ListQuery, Page, SortKey } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import type { ListFeatures } from "./list-columns.ts";
import type { Density, ListPrefs, SavedView } from "./list-prefs.ts";
import type { ListSettings } from "./list-query.ts";
import type { ListSelection } from "../shared/list-selection.ts";
import type { ListViewState } from "./list-url-state.ts";

export type RowAction = "open" | "edit" | "duplicate" | "delete";

/** The TanStack table of the list's page (sorting, columns, row selection). */
/** The list's table; it re-renders the list only for its own column-resize drag (use-list-table.ts). */
export type ListTableInstance = ReactTable<ListFeatures, Item, { columnResizing: TableState<ListFeatures>["columnResizing"] }>;

/** The view state in the URL and the query it sends (use-list-state.ts). */
export interface ListUrlState {
  settings: ListSettings;
  /** The list's query string as read (saved views store it). */
  paramsText: string;
  setParams(params: URLSearchParams): void;
  view: ListViewState;
  /** Patch the view state; sort, search, filters and page size go back to page 1. */
  update(patch: Partial<ListViewState>): void;
  /** The sort sent: the view's, capped to one key where the backend sorts by one. */
  sentSort: SortKey[];
  query: ListQuery;
}

/** The rows of the view (use-list-data.ts). */
export interface ListData {
  /** The view's page (the previous one stays while the next loads); undefined until the first. */
  page: Page | undefined;
  isFetching: boolean;
  isError: boolean;
  /** `page` is still the previous view's while this one loads. */
  isPlaceholder: boolean;
  error: Error | null;
  refetch: () => void;
}

export interface SortState {
  sent: SortKey[];
  /** `sent`, or nothing when the server provably did not apply it (what headers and announcements show). */
  effective: SortKey[];
  applied: boolean;
  /** Shift-click adds a key (the backend sorts by several). */
  multi: boolean;
}

export interface FiltersControl {
  /** The panel is open (at first: when the URL carries filters). */
  open: boolean;
  toggle(): void;
  /** The `Filters` button is there: fields to filter on, or a backend that cannot (the panel says so). */
  offered: boolean;
  fields: string[];
  /** Operators the server applies (none: filters stay in the URL, marked as not applied). */
  supportedOps: FilterOp[];
  active: FilterCondition[];
  set(filters: FilterCondition[]): void;
  remove(filter: FilterCondition): void;
  clear(): void;
}

export interface ColumnsControl {
  prefs: ListPrefs;
  /** Field columns in the user's order, and those of them shown. */
  ordered: string[];
  visible: string[];
  setVisible(field: string, visible: boolean): void;
  /** Widen (+) or narrow (−) a column by `delta` pixels, within the column limits. */
  resize(field: string, delta: number): void;
  reorder(order: string[]): void;
  setDensity(density: Density): void;
  /** Columns and density back to the schema's (saved views stay). */
  reset(): void;
}

export interface SavedViewsControl {
  views: SavedView[];
  /** Save the current query string (less the page) and columns under `name`. */
  save(name: string): void;
  apply(view: SavedView): void;
  remove(name: string): void;
}

export interface SelectionControl {
  selection: ListSelection;
  count: number;
  /** Every row of the page is selected (then "Select all N matching" is offered). */
  pageAll: boolean;
  selectAllMatching(): void;
  clear(): void;
}

export interface RowActionsControl {
  idOf(item: Item): Id | null;
  /** "Order ORD-001": the resource label and the first column's value (or the id). */
  labelOf(item: Item): string;
  run(action: RowAction, item: Item): void;
}

export interface DeleteTarget {
  id: Id;
  label: string;
}

export interface DeleteControl {
  /** The row a delete waits on the user's confirmation for. */
  confirming: DeleteTarget | null;
  /** Remove the row at once, delete it on the server, put it back if that fails. */
  confirm(): void;
  cancel(): void;
}

/** The list, headless. From ListData: the loaded page, its status (isFetching, isPlaceholder, isError, error) and refetch. */
export interface ListController extends ListData {
  resource: ResourceSchema;
  settings: ListSettings;
  view: ListViewState;
  query: ListQuery;
  update(patch: Partial<ListViewState>): void;
  /** The page's rows less those being deleted. */
  rows: Item[];
  total: number;
  lastPage: number;
  sort: SortState;
  /** The search term to mark in cells, and the columns it applies to. */
  highlight: { term: string; fields: string[] };
  filters: FiltersControl;
  columns: ColumnsControl;
  savedViews: SavedViewsControl;
  selection: SelectionControl;
  table: ListTableInstance;
  rowActions: RowActionsControl;
  deletion: DeleteControl;
}
