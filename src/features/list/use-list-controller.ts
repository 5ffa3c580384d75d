// The list of one resource, headless (as ra-core's useListController): its view state in the URL,
// the rows, the sort the server applied, selection, optimistic deletes, remembered columns and
// saved views. One typed result (types.ts) that ListContext carries to the view components; each
// part comes from a hook or function of its own.
import { useCallback, useMemo } from "react";
import type { Item, ListQuery } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { useBackend } from "../../data/backend-context.tsx";
import { columnsControl } from "./columns-control.ts";
import { rowIdOf, rowsWithout } from "./list-rows.ts";
import { savedViewsControl } from "./saved-views.ts";
import { sortApplied } from "./sort-check.ts";
import type { ListController, SortState } from "./types.ts";
import type { ListSettings } from "./list-query.ts";
import { useListData, useListRequestStarter, useStartListRequests } from "./use-list-data.ts";
import { useListFilters } from "./use-list-filters.ts";
import { useListPrefs } from "./use-list-prefs.ts";
import { useListSelection } from "./use-list-selection.ts";
import { useListState } from "./use-list-state.ts";
import { useListTable } from "./use-list-table.ts";
import { useOptimisticDelete } from "./use-optimistic-delete.ts";
import { useRowActions } from "./use-row-actions.ts";

export function useListController(resource: ResourceSchema): ListController {
  const backend = useBackend();
  const caps = backend.capabilities();
  const startRequests = useListRequestStarter(resource);
  const onQuery = useCallback((q: ListQuery, s: ListSettings) => startRequests(q, s.maxPerPage), [startRequests]);
  const url = useListState(resource, backend, { onQuery });
  const { settings, view, update, query } = url;
  useStartListRequests(startRequests, query, settings.maxPerPage);
  const data = useListData(resource, query, settings.maxPerPage, true);
  const { page } = data;
  const total = page?.total ?? 0;
  const idOf = useCallback((item: Item) => rowIdOf(backend, resource, item), [backend, resource]);

  const selection = useListSelection({ query, total });
  const deletion = useOptimisticDelete({ resource, onRemove: selection.drop });
  const rows = useMemo(() => rowsWithout(page?.items ?? [], deletion.removed, idOf), [page, deletion.removed, idOf]);

  const applied = sortApplied({ page, sent: url.sentSort, reliable: caps.sortReliable, placeholder: data.isPlaceholder });
  const effective = useMemo(() => (applied ? url.sentSort : []), [applied, url.sentSort]);
  const sort: SortState = { sent: url.sentSort, effective, applied, multi: caps.multiSort };

  const prefs = useListPrefs({ scope: backend.baseUrl, resourceName: resource.name, columns: settings.columns });
  const table = useListTable({ resource, url, rows, multiSort: caps.multiSort, prefs, selection, idOf });
  const rowActions = useRowActions({ resource, idOf, firstField: prefs.ordered[0], askDelete: deletion.ask });
  const filters = useListFilters(url, caps.filterOps);
  const term = settings.searchable ? view.search.trim() : "";
  const highlightFields = resource.list.search_fields.length > 0 ? resource.list.search_fields : prefs.visible;
  const highlight = useMemo(() => ({ term, fields: highlightFields }), [term, highlightFields]);

  return {
    resource,
    settings,
    view,
    query,
    update,
    ...data,
    rows,
    total,
    lastPage: Math.max(1, Math.ceil(total / view.perPage)),
    sort,
    highlight,
    filters,
    columns: columnsControl(table, prefs),
    savedViews: savedViewsControl(prefs, url),
    selection: { ...selection, pageAll: rows.length > 0 && table.getIsAllPageRowsSelected() },
    table,
    rowActions,
    deletion,
  };
}
