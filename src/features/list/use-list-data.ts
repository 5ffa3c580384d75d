// The rows of one list view. Up to the backend's page cap this is one request; above it (e.g.
// a 2,000-row view against a backend capping per_page at 100) the view's first backend page is
// asked for first, and once its total is known the others that hold rows, in parallel, stitched
// together: never a request past the last row. The previous view stays on screen while the next
// loads, and the following view is prefetched.
import { useCallback, useEffect, useMemo, useState } from "react";
import { keepPreviousData, useQueries, useQueryClient } from "@tanstack/react-query";
import type { Backend, ListQuery, Page } from "../../backend/types.ts";
import type { ListData } from "./types.ts";
import { backendPagesFor } from "./list-query.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { useBackend } from "../../data/backend-context.tsx";
import { useQueryKeys } from "../../data/use-query-keys.ts";

const listQueryOptions = (backend: Backend, resource: ResourceSchema, queryKey: readonly unknown[], q: ListQuery) => ({
  queryKey,
  queryFn: ({ signal }: { signal: AbortSignal }) => backend.list(resource, q, { signal }),
});

/**
 * On the first render only (opening the list), start the view's requests with `start` while
 * rendering (as React Query's usePrefetchQuery does), not when the observers subscribe after the
 * commit: the list's first commit is heavy, and the rows' request is on the wire during it.
 */
export function useStartListRequests(start: ListRequestStarter, query: ListQuery, cap: number): void {
  useState(() => start(query, cap));
}

export type ListRequestStarter = (query: ListQuery, cap: number) => void;

/**
 * Starts the requests of a view not asked for yet. The list calls it as the URL changes (a sort,
 * a page, a search), so the request leaves at the press, not once the page has re-rendered with
 * the new URL and its observers subscribe.
 */
export function useListRequestStarter(resource: ResourceSchema): ListRequestStarter {
  const backend = useBackend();
  const keys = useQueryKeys();
  const client = useQueryClient();
  return useCallback(
    (query: ListQuery, cap: number) => {
      const [head] = backendPagesFor(query, cap);
      const total = client.getQueryData<Page>(keys.list(resource.name, head!))?.total;
      for (const q of backendPagesFor(query, cap, total)) {
        const queryKey = keys.list(resource.name, q);
        if (!client.getQueryState(queryKey)) void client.prefetchQuery(listQueryOptions(backend, resource, queryKey, q));
      }
    },
    [backend, keys, client, resource],
  );
}

export function useListData(resource: ResourceSchema, query: ListQuery, cap: number, prefetchNext: boolean): ListData {
  const backend = useBackend();
  const keys = useQueryKeys();
  const client = useQueryClient();
  const [head] = useMemo(() => backendPagesFor(query, cap), [query, cap]);
  const headKey = keys.list(resource.name, head!);
  // the first backend page's own answer (not the previous view's placeholder) tells the total
  const headTotal = client.getQueryState<Page>(headKey)?.data?.total;
  const parts = useMemo(() => (headTotal === undefined ? [head!] : backendPagesFor(query, cap, headTotal)), [head, query, cap, headTotal]);
  const split = backendPagesFor(query, cap).length > 1;
  const results = useQueries({
    queries: parts.map((q) => ({ ...listQueryOptions(backend, resource, keys.list(resource.name, q), q), placeholderData: keepPreviousData })),
  });

  const complete = results.every((r) => r.data !== undefined) && (!split || headTotal !== undefined);
  const items = complete ? results.flatMap((r) => r.data?.items ?? []) : null;
  const first = results[0]?.data;
  const data: Page | undefined =
    items && first
      ? { items, total: first.total, page: query.page, perPage: query.perPage, sortDropped: results.some((r) => r.data?.sortDropped) }
      : undefined;
  // a stable object while nothing changed (keeps the table's row model)
  const itemsKey = results.map((r) => r.dataUpdatedAt).join(",");
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const current = useMemo(() => data, [itemsKey, complete, query.page, query.perPage]);
  // useQueries gives a changed query a new observer, so keepPreviousData alone would blank the
  // list between views: the last complete page stays on screen, marked as a placeholder
  const [previous, setPrevious] = useState<{ resource: string; page: Page } | null>(null);
  if (current && previous?.page !== current) setPrevious({ resource: resource.name, page: current });
  const held = !current && previous?.resource === resource.name ? previous.page : undefined;
  const stable = current ?? held;

  const total = current?.total;
  useEffect(() => {
    if (!prefetchNext || total === undefined || query.page * query.perPage >= total) return;
    const next = { ...query, page: query.page + 1 };
    for (const q of backendPagesFor(next, cap, total)) void client.prefetchQuery(listQueryOptions(backend, resource, keys.list(resource.name, q), q));
  }, [prefetchNext, total, query, cap, client, keys, resource, backend]);

  const error = results.find((r) => r.error)?.error ?? null;
  return {
    page: stable,
    isFetching: results.some((r) => r.isFetching),
    isError: results.some((r) => r.isError),
    isPlaceholder: held !== undefined || results.some((r) => r.isPlaceholderData),
    error,
    refetch: () => {
      for (const r of results) if (r.isError || r.isStale) void r.refetch();
    },
  };
}
