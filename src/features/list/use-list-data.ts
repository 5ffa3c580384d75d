// The rows of one list view. Up to the backend's page cap this is one request; above it (e.g.
// a 2,000-row view against a backend capping per_page at 100) the view is fetched as
// consecutive backend pages in parallel and stitched together. The previous view stays on
// screen while the next loads, and the following view is prefetched.
import { useEffect, useMemo, useState } from "react";
import { keepPreviousData, useQueries, useQueryClient } from "@tanstack/react-query";
import type { Backend, ListQuery, Page } from "../../backend/types.ts";
import type { ListData } from "./types.ts";
import { earlyKey, takeEarly, takeEarlyValue } from "../../data/early-start.ts";
import { backendPagesFor } from "./list-query.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { useBackend } from "../../data/backend-context.tsx";
import { useQueryKeys } from "../../data/use-query-keys.ts";

/** One backend page: the request the boot started for it (src/app/early-list.ts), else a new one. */
function fetchPage(backend: Backend, resource: ResourceSchema, q: ListQuery, queryKey: readonly unknown[], signal: AbortSignal): Promise<Page> {
  const fresh = () => backend.list(resource, q, { signal });
  const early = takeEarly<Page>(earlyKey(queryKey));
  return early ? early.catch(fresh) : fresh();
}

/**
 * On the first render only (a cold load or opening the list), start the view's requests while
 * rendering (as React Query's usePrefetchQuery does), not when the observers subscribe after the
 * commit: the route entry renders before the list view, whose first commit is heavy, so the rows'
 * request is on the wire during that render. Later query changes go through the observers.
 */
export function useStartListRequests(resource: ResourceSchema, query: ListQuery, cap: number): void {
  const backend = useBackend();
  const keys = useQueryKeys();
  const client = useQueryClient();
  useState(() => {
    for (const q of backendPagesFor(query, cap)) {
      const queryKey = keys.list(resource.name, q);
      if (client.getQueryState(queryKey)) continue;
      // the boot's request for these rows has answered already: the first render shows them
      const early = takeEarlyValue<Page>(earlyKey(queryKey));
      if (early) {
        client.setQueryData(queryKey, early.value);
        continue;
      }
      void client.prefetchQuery({ queryKey, queryFn: ({ signal }) => fetchPage(backend, resource, q, queryKey, signal) });
    }
    return null;
  });
}

export function useListData(resource: ResourceSchema, query: ListQuery, cap: number, prefetchNext: boolean): ListData {
  const backend = useBackend();
  const keys = useQueryKeys();
  const client = useQueryClient();
  const parts = useMemo(() => backendPagesFor(query, cap), [query, cap]);
  const results = useQueries({
    queries: parts.map((q) => ({
      queryKey: keys.list(resource.name, q),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchPage(backend, resource, q, keys.list(resource.name, q), signal),
      placeholderData: keepPreviousData,
    })),
  });

  const allData = results.every((r) => r.data !== undefined);
  const items = allData ? results.flatMap((r) => r.data?.items ?? []) : null;
  const first = results[0]?.data;
  const data: Page | undefined =
    items && first
      ? { items, total: first.total, page: query.page, perPage: query.perPage, sortDropped: results.some((r) => r.data?.sortDropped) }
      : undefined;
  // a stable object while nothing changed (keeps the table's row model)
  const itemsKey = results.map((r) => r.dataUpdatedAt).join(",");
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stable = useMemo(() => data, [itemsKey, allData, query.page, query.perPage]);

  const total = stable?.total;
  useEffect(() => {
    if (!prefetchNext || total === undefined || query.page * query.perPage >= total) return;
    const next = { ...query, page: query.page + 1 };
    for (const q of backendPagesFor(next, cap)) {
      void client.prefetchQuery({ queryKey: keys.list(resource.name, q), queryFn: ({ signal }) => backend.list(resource, q, { signal }) });
    }
  }, [prefetchNext, total, query, cap, client, keys, resource, backend]);

  const error = results.find((r) => r.error)?.error ?? null;
  return {
    page: stable,
    isFetching: results.some((r) => r.isFetching),
    isError: results.some((r) => r.isError),
    isPlaceholder: results.some((r) => r.isPlaceholderData),
    error,
    refetch: () => {
      for (const r of results) if (r.isError || r.isStale) void r.refetch();
    },
  };
}
