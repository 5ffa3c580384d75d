import { useMemo } from "react";
import { useBackend } from "./backend-context.tsx";
import { queryKeys, type QueryKeys } from "./query-keys.ts";

/** The key factory for the current backend and user. */
export function useQueryKeys(): QueryKeys {
  const backend = useBackend();
  const userId = backend.currentUser()?.id ?? null;
  return useMemo(() => queryKeys(backend.baseUrl, userId), [backend.baseUrl, userId]);
}
