import { useQuery } from "@tanstack/react-query";
import type { Id, Versioned } from "../backend/types.ts";
import type { ResourceSchema } from "../protocol/types.ts";
import { useBackend } from "./backend-context.tsx";
import { useQueryKeys } from "./use-query-keys.ts";

/** One record with its version (ETag). Disabled while `id` is null/undefined (create form). */
export function useRecord(resource: ResourceSchema, id: Id | null | undefined) {
  const backend = useBackend();
  const keys = useQueryKeys();
  return useQuery<Versioned>({
    queryKey: keys.record(resource.name, id ?? ""),
    queryFn: ({ signal }) => backend.get(resource, id as Id, { signal }),
    enabled: id !== null && id !== undefined && id !== "",
  });
}
