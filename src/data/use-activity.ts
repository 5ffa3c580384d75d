import { useQuery } from "@tanstack/react-query";
import type { ActivityEntry, ActivityFilter } from "../backend/types.ts";
import { useBackend } from "./backend-context.tsx";
import { useQueryKeys } from "./use-query-keys.ts";

/** Whether the backend can list activity at all (hide the activity UI otherwise). */
export function useActivitySupported(): boolean {
  const backend = useBackend();
  return typeof backend.activity === "function" && backend.capabilities().activity;
}

/** Recent activity; the query stays idle (never fetches) when the backend has no activity. */
export function useActivity(filter: ActivityFilter, options: { enabled?: boolean } = {}) {
  const backend = useBackend();
  const keys = useQueryKeys();
  const supported = useActivitySupported();
  return useQuery<ActivityEntry[]>({
    queryKey: keys.activity(filter),
    queryFn: ({ signal }) => {
      if (!backend.activity) return Promise.resolve([]);
      return backend.activity(filter, { signal });
    },
    enabled: supported && (options.enabled ?? true),
  });
}
