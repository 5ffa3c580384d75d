// The list's settings from the schema and capabilities, its view state from the URL, and the
// ListQuery sent to the backend. Shared by the route entry (which starts the request while the
// list view's code still loads) and the list view, so both use the very same query key.
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import type { Backend, ListQuery, SortKey } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { parseSortDefault } from "./parse-sort.ts";
import { readListState, writeListState, type ListDefaults, type ListViewState } from "./list-url-state.ts";
import { listColumnsOf } from "./list-columns.ts";

export const ALL_ROWS_PAGE_SIZE = 2000;
const BASE_PAGE_SIZES = [10, 25, 50, 100];

export function useListState(resource: ResourceSchema, backend: Backend) {
  const caps = backend.capabilities();
  const columns = useMemo(() => listColumnsOf(resource), [resource]);
  const sortFields = useMemo(() => new Set(resource.list.sort_fields ?? columns), [resource, columns]);
  const filterFields = useMemo(() => resource.list.filter_fields.filter((f) => f in resource.fields), [resource]);
  const maxPerPage = caps.maxPerPage > 0 ? caps.maxPerPage : 100;
  const defaultPerPage = Math.min(resource.list.page_size > 0 ? resource.list.page_size : 25, maxPerPage);
  const pageSizes = useMemo(() => {
    const sizes = new Set(BASE_PAGE_SIZES.filter((n) => n <= maxPerPage));
    sizes.add(defaultPerPage);
    sizes.add(ALL_ROWS_PAGE_SIZE);
    return [...sizes].sort((a, b) => a - b);
  }, [maxPerPage, defaultPerPage]);
  const defaults: ListDefaults = useMemo(
    () => ({ perPage: defaultPerPage, sort: parseSortDefault(resource.list.sort_default, resource.fields) }),
    [defaultPerPage, resource],
  );
  // litestar-admin cannot tell which columns it searches: the box is always shown and the server
  // decides (litestar-admin.md, translation of list.search_fields); elsewhere it needs fields.
  const searchable = caps.search && (resource.list.search_fields.length > 0 || backend.dialect === "litestar-admin");
  const noServerFilters = caps.filterOps.length === 0;

  const [params, setParams] = useSearchParams();
  const paramsText = params.toString();
  const allowed = useMemo(
    () => ({ perPage: pageSizes, sortable: (f: string) => sortFields.has(f), filterable: (f: string) => filterFields.includes(f) }),
    [pageSizes, sortFields, filterFields],
  );
  const view = useMemo(() => readListState(new URLSearchParams(paramsText), defaults, allowed), [paramsText, defaults, allowed]);
  const update = useCallback(
    (patch: Partial<ListViewState>) =>
      setParams((prev) => {
        const current = readListState(prev, defaults, allowed);
        const resetsPage = "sort" in patch || "search" in patch || "filters" in patch || "perPage" in patch;
        return writeListState(prev, { ...current, ...(resetsPage ? { page: 1 } : {}), ...patch }, defaults);
      }),
    [setParams, defaults, allowed],
  );

  const serverFilters = caps.filterOps.length > 0 ? view.filters.filter((f) => caps.filterOps.includes(f.op)) : [];
  const sentSortRaw = caps.multiSort ? view.sort : view.sort.slice(0, 1);
  const sortKey = JSON.stringify(sentSortRaw);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const sentSort: SortKey[] = useMemo(() => sentSortRaw, [sortKey]);
  const filtersKey = JSON.stringify(serverFilters);
  const query: ListQuery = useMemo(
    () => ({
      page: view.page,
      perPage: view.perPage,
      sort: sentSort,
      ...(searchable && view.search.trim() !== "" ? { search: view.search.trim() } : {}),
      ...(serverFilters.length > 0 ? { filters: serverFilters } : {}),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [view.page, view.perPage, sentSort, view.search, searchable, filtersKey],
  );

  return {
    columns,
    sortFields,
    filterFields,
    maxPerPage,
    pageSizes,
    searchable,
    noServerFilters,
    params,
    paramsText,
    setParams,
    view,
    update,
    sentSort,
    query,
  };
}
