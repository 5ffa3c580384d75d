// The list's settings (from the schema and the backend's capabilities) and the ListQuery a view
// state sends: pure, so the boot can start a cold load's list request before React renders
// (src/app/early-list.ts) with exactly the query the list view will ask for. No React and no table
// code here: the entry loads this before either.
import type { Backend, FilterCondition, ListQuery, SortKey } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { parseSort, readListState, type ListDefaults, type ListViewState } from "./list-url-state.ts";

export const ALL_ROWS_PAGE_SIZE = 2000;

/** The list's field columns: `list.fields` that exist, else the first six fields. */
export function listColumnsOf(resource: ResourceSchema): string[] {
  const cols = resource.list.fields.filter((f) => f in resource.fields);
  return cols.length > 0 ? cols : Object.keys(resource.fields).slice(0, 6);
}
const BASE_PAGE_SIZES = [10, 25, 50, 100];

/** `list.sort_default` → sort keys ("-created_at" is descending; "" is the server's default), on known fields and ids. */
function sortDefaultOf(resource: ResourceSchema): SortKey[] {
  return parseSort(resource.list.sort_default).filter((k) => k.field in resource.fields || k.field === "id" || k.field === "_id");
}

export interface ListSettings {
  columns: string[];
  sortFields: Set<string>;
  filterFields: string[];
  /** The backend's page cap (a larger view is fetched as several backend pages). */
  maxPerPage: number;
  pageSizes: number[];
  defaults: ListDefaults;
  searchable: boolean;
  noServerFilters: boolean;
  allowed: { perPage: readonly number[]; sortable: (field: string) => boolean; filterable: (field: string) => boolean };
}

export function listSettings(resource: ResourceSchema, backend: Pick<Backend, "capabilities">): ListSettings {
  const caps = backend.capabilities();
  const columns = listColumnsOf(resource);
  const sortFields = new Set(resource.list.sort_fields ?? columns);
  const filterFields = resource.list.filter_fields.filter((f) => f in resource.fields);
  const maxPerPage = caps.maxPerPage > 0 ? caps.maxPerPage : 100;
  const defaultPerPage = Math.min(resource.list.page_size > 0 ? resource.list.page_size : 25, maxPerPage);
  const sizes = new Set(BASE_PAGE_SIZES.filter((n) => n <= maxPerPage));
  sizes.add(defaultPerPage);
  sizes.add(ALL_ROWS_PAGE_SIZE);
  const pageSizes = [...sizes].sort((a, b) => a - b);
  return {
    columns,
    sortFields,
    filterFields,
    maxPerPage,
    pageSizes,
    defaults: { perPage: defaultPerPage, sort: sortDefaultOf(resource) },
    // where the server picks the searched columns the box is always shown; elsewhere it needs fields
    searchable: caps.search && (resource.list.search_fields.length > 0 || caps.searchFieldsUnknown),
    noServerFilters: caps.filterOps.length === 0,
    allowed: { perPage: pageSizes, sortable: (f) => sortFields.has(f), filterable: (f) => filterFields.includes(f) },
  };
}

/** What of a view state reaches the server: sort keys it accepts, filters it can apply. */
export function sentParts(view: ListViewState, backend: Pick<Backend, "capabilities">) {
  const caps = backend.capabilities();
  const serverFilters = caps.filterOps.length > 0 ? view.filters.filter((f) => caps.filterOps.includes(f.op)) : [];
  const sort: SortKey[] = caps.multiSort ? view.sort : view.sort.slice(0, 1);
  return { serverFilters, sort };
}

export function listQueryOf(view: ListViewState, settings: ListSettings, sort: SortKey[], serverFilters: FilterCondition[]): ListQuery {
  return {
    page: view.page,
    perPage: view.perPage,
    sort,
    ...(settings.searchable && view.search.trim() !== "" ? { search: view.search.trim() } : {}),
    ...(serverFilters.length > 0 ? { filters: serverFilters } : {}),
  };
}

/** The query a list URL's search params make for `resource` (what the list view will request). */
export function listQueryForUrl(resource: ResourceSchema, backend: Pick<Backend, "capabilities">, params: URLSearchParams): { query: ListQuery; maxPerPage: number } {
  const settings = listSettings(resource, backend);
  const view = readListState(params, settings.defaults, settings.allowed);
  const { serverFilters, sort } = sentParts(view, backend);
  return { query: listQueryOf(view, settings, sort, serverFilters), maxPerPage: settings.maxPerPage };
}

/**
 * The backend pages a view needs: `perPage` ≤ cap → itself; else cap-sized chunks. With the
 * total known, only the chunks that hold rows (none past the last row; the first always, as it
 * is what tells the total).
 */
export function backendPagesFor(query: ListQuery, cap: number, total?: number): ListQuery[] {
  if (cap <= 0 || query.perPage <= cap) return [query];
  const chunks = Math.ceil(query.perPage / cap);
  const firstChunk = (query.page - 1) * chunks + 1;
  const pages = Array.from({ length: chunks }, (_, i) => ({ ...query, page: firstChunk + i, perPage: cap }));
  return total === undefined ? pages : pages.filter((q, i) => i === 0 || (q.page - 1) * cap < total);
}
