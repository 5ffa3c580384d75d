import { QueryClient } from "@tanstack/react-query";
import { isApiError } from "../backend/api-error.ts";
import type { FirstQuery } from "./first-screen.ts";

/** Retry transient failures (network, 5xx, 429) up to twice; never a 4xx or a lost session. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (isApiError(error)) {
    if (error.authLost) return false;
    if (error.status === 429) return true;
    if (error.status >= 400 && error.status < 500) return false;
    return true;
  }
  if (error instanceof Error && error.name === "SchemaError") return false;
  return true;
}

/**
 * The boot's request becomes its query's first fetch (a later fetch asks anew, as does a failed
 * early one); an answer that has arrived is the query's data at once, for the first render.
 */
function takeFirstQuery(client: QueryClient, q: FirstQuery): void {
  if (q.answer) {
    client.setQueryData(q.queryKey, q.answer.data);
    return;
  }
  if (q.shownMeanwhile !== undefined) client.setQueryData(q.queryKey, q.shownMeanwhile, { updatedAt: 0 });
  let early: Promise<unknown> | null = q.request;
  void client.prefetchQuery({
    queryKey: q.queryKey,
    queryFn: ({ signal }) => {
      const request = early;
      early = null;
      return request ? request.catch(() => q.refetch(signal)) : q.refetch(signal);
    },
    staleTime: 0,
  });
}

/** The app's query client, holding what the boot fetched for the first screen. */
export function createQueryClient(firstQueries: readonly FirstQuery[] = []): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        retry: shouldRetry,
        retryDelay: (attempt, error) =>
          isApiError(error) && error.retryAfter !== undefined
            ? Math.min(error.retryAfter * 1000, 30_000)
            : Math.min(500 * 2 ** attempt, 5000),
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
  for (const q of firstQueries) takeFirstQuery(client, q);
  return client;
}
