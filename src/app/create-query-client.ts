import { QueryClient } from "@tanstack/react-query";
import { isApiError } from "../backend/api-error.ts";

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

export function createQueryClient(): QueryClient {
  return new QueryClient({
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
}
