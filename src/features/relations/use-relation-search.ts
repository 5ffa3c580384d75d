// Paged, debounced search of a relation's endpoint (the adapter applies `search_field` and the
// static `filters`). Each term is its own infinite query: a superseded term's request is aborted
// (TanStack Query cancels a query whose last observer leaves while its signal is in use), and
// every option found is seeded into the label cache so a picked record's label is never fetched.
import { useEffect, useMemo, useState } from "react";
import { keepPreviousData, useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import type { RelationOption, RelationPage } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { useBackend } from "../../data/backend-context.tsx";
import { useQueryKeys } from "../../data/use-query-keys.ts";
import { seedRelationLabels } from "../../data/use-relation-labels.ts";

export const RELATION_SEARCH_DEBOUNCE_MS = 250;
export const RELATION_PAGE_SIZE = 50;

export interface RelationSearchState {
  options: RelationOption[];
  total: number | null;
  hasMore: boolean;
  /** First page of the current term on its way (no options to show for it yet). */
  isLoading: boolean;
  isFetchingMore: boolean;
  error: Error | null;
  /** The term the options belong to (lags the typed text by the debounce). */
  term: string;
  loadMore(): void;
}

/** `value`, updated `ms` after it stops changing. */
export function useDebouncedValue<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    if (Object.is(value, debounced)) return;
    const t = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(t);
  }, [value, debounced, ms]);
  return debounced;
}

export function useRelationSearch(
  owner: ResourceSchema,
  field: string,
  typed: string,
  opts: { enabled: boolean; perPage?: number; debounceMs?: number },
): RelationSearchState {
  const backend = useBackend();
  const keys = useQueryKeys();
  const client = useQueryClient();
  const perPage = opts.perPage ?? RELATION_PAGE_SIZE;
  const term = useDebouncedValue(typed.trim(), opts.debounceMs ?? RELATION_SEARCH_DEBOUNCE_MS);
  const settled = typed.trim() === term;

  const query = useInfiniteQuery({
    queryKey: [...keys.relationSearch(owner.name, field, { term, page: 0, perPage }), "pages"],
    initialPageParam: 1,
    queryFn: async ({ pageParam, signal }): Promise<RelationPage> => {
      const page = await backend.searchRelation(owner, field, { term, page: pageParam, perPage }, { signal });
      seedRelationLabels(client, keys, owner, field, page.options);
      return page;
    },
    getNextPageParam: (last, _all, lastParam) => (last.hasMore && last.options.length > 0 ? lastParam + 1 : undefined),
    // nothing is sent for a term still being typed (the debounce has not settled on it yet)
    enabled: opts.enabled && settled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

  const pages = query.data?.pages;
  const options = useMemo(() => {
    const seen = new Set<string>();
    const out: RelationOption[] = [];
    for (const p of pages ?? []) {
      for (const o of p.options) {
        const k = String(o.value);
        if (!seen.has(k)) {
          seen.add(k);
          out.push(o);
        }
      }
    }
    return out;
  }, [pages]);

  const { fetchNextPage, hasNextPage, isFetchingNextPage } = query;
  return {
    options,
    total: pages?.[0]?.total ?? null,
    hasMore: Boolean(hasNextPage),
    isLoading: opts.enabled && (query.isPending || (query.isPlaceholderData && query.isFetching) || !settled),
    isFetchingMore: isFetchingNextPage,
    error: query.error,
    term,
    loadMore: () => {
      if (hasNextPage && !isFetchingNextPage) void fetchNextPage({ cancelRefetch: false });
    },
  };
}
