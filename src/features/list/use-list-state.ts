// The list's settings from the schema and capabilities, its view state from the URL, and the
// ListQuery sent to the backend. Shared by the route entry (which starts the request while the
// list view's code still loads) and the list view, so both use the very same query key; the pure
// parts live in list-query.ts (the boot's early list request uses them too).
import { useCallback, useEffect, useMemo, useRef } from "react";
import { useSearchParams } from "react-router";
import type { Backend, ListQuery, SortKey } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import type { ListUrlState } from "./types.ts";
import { readListState, writeListState, type ListViewState } from "./list-url-state.ts";
import { listQueryOf, listSettings, sentParts, type ListSettings } from "./list-query.ts";

export interface ListStateOptions {
  /** Told the query of each view the list moves to, as the URL changes (to start its requests). */
  onQuery?(query: ListQuery, settings: ListSettings): void;
}

export function useListState(resource: ResourceSchema, backend: Pick<Backend, "capabilities">, { onQuery }: ListStateOptions = {}): ListUrlState {
  const settings = useMemo(() => listSettings(resource, backend), [resource, backend]);
  const { defaults, allowed } = settings;

  const [params, setParams] = useSearchParams();
  const paramsText = params.toString();
  const view = useMemo(() => readListState(new URLSearchParams(paramsText), defaults, allowed), [paramsText, defaults, allowed]);
  // the URL's parameters as of the last change (an update right after another builds on it)
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  }, [params]);
  const update = useCallback(
    (patch: Partial<ListViewState>) => {
      const prev = latest.current;
      const current = readListState(prev, defaults, allowed);
      const resetsPage = "sort" in patch || "search" in patch || "filters" in patch || "perPage" in patch;
      const nextParams = writeListState(prev, { ...current, ...(resetsPage ? { page: 1 } : {}), ...patch }, defaults);
      latest.current = nextParams;
      if (onQuery) {
        // before the URL changes (React renders the page for it at once): the request is out first
        const next = readListState(nextParams, defaults, allowed);
        const { serverFilters, sort } = sentParts(next, backend);
        onQuery(listQueryOf(next, settings, sort, serverFilters), settings);
      }
      setParams(nextParams);
    },
    [setParams, defaults, allowed, onQuery, backend, settings],
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
