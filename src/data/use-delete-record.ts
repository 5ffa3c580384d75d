import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Id, Versioned } from "../backend/types.ts";
import type { ResourceSchema } from "../protocol/types.ts";
import { useBackend } from "./backend-context.tsx";
import { useQueryKeys } from "./use-query-keys.ts";
import { invalidateAfterWrite } from "./invalidate-resource.ts";

export interface DeleteRecordInput {
  id: Id;
  /** ETag for If-Match. Omitted → the version of the cached record (or null: the adapter GETs it). */
  version?: string | null;
}

export function useDeleteRecord(resource: ResourceSchema) {
  const backend = useBackend();
  const keys = useQueryKeys();
  const client = useQueryClient();
  return useMutation<void, Error, DeleteRecordInput>({
    mutationFn: ({ id, version }) => {
      const cached = client.getQueryData<Versioned>(keys.record(resource.name, id));
      return backend.remove(resource, id, version !== undefined ? version : (cached?.version ?? null));
    },
    onSuccess: async (_void, { id }) => {
      client.removeQueries({ queryKey: keys.record(resource.name, id), exact: true });
      await invalidateAfterWrite(client, keys, resource);
    },
  });
}
