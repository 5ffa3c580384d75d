import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ListQuery, Page } from "../backend/types.ts";
import type { ResourceSchema } from "../protocol/types.ts";
import { useBackend } from "./backend-context.tsx";
import { useQueryKeys } from "./use-query-keys.ts";

export interface UseResourceListOptions {
  enabled?: boolean;
}

/** One page of a resource. The previous page stays on screen while the next loads; a superseded
 * request is aborted. */
export function useResourceList(resource: ResourceSchema, query: ListQuery, options: UseResourceListOptions = {}) {
  const backend = useBackend();
  const keys = useQueryKeys();
  return useQuery<Page>({
    queryKey: keys.list(resource.name, query),
    queryFn: ({ signal }) => backend.list(resource, query, { signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
