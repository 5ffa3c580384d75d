// The list's settings from the schema and capabilities, its view state from the URL, and the
// ListQuery sent to the backend. Shared by the route entry (which starts the request while the
// list view's code still loads) and the list view, so both use the very same query key; the pure
// parts live in list-query.ts (the boot's early list request uses them too).
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import type { Backend, ListQuery, SortKey } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import type { ListUrlState } from "./types.ts";
import { readListState, writeListState, type ListViewState } from "./list-url-state.ts";
import { listQueryOf, listSettings, sentParts } from "./list-query.ts";

export function useListState(resource: ResourceSchema, backend: Pick<Backend, "capabilities">): ListUrlState {
  const settings = useMemo(() => listSettings(resource, backend), [resource, backend]);
  const { defaults, allowed } = settings;

  const [params, setParams] = useSearchParams();
  const paramsText = params.toString();
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

  const { serverFilters, sort: sentSortRaw } = sentParts(view, backend);
  const sortKey = JSON.stringify(sentSortRaw);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const sentSort: SortKey[] = useMemo(() => sentSortRaw, [sortKey]);
  const filtersKey = JSON.stringify(serverFilters);
  const query: ListQuery = useMemo(
    () => listQueryOf(view, settings, sentSort, serverFilters),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [view.page, view.perPage, sentSort, view.search, settings, filtersKey],
  );

  return { settings, paramsText, setParams, view, update, sentSort, query };
}
