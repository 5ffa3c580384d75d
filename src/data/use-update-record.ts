import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Id, Item, Versioned } from "../backend/types.ts";
import type { ResourceSchema } from "../protocol/types.ts";
import { useBackend } from "./backend-context.tsx";
import { useQueryKeys } from "./use-query-keys.ts";
import { invalidateAfterWrite } from "./invalidate-resource.ts";

export interface UpdateRecordInput {
  id: Id;
  patch: Item;
  /** The ETag the edit was based on. Omitted → the version of the cached record (or null). */
  version?: string | null;
}

/**
 * Update a record with its version (If-Match). On success the record cache holds the server's
 * answer and new version, so the next save sends the new ETag. Errors (412 conflict, 428, field
 * errors) reach the caller as ApiError untouched.
 */
export function useUpdateRecord(resource: ResourceSchema) {
  const backend = useBackend();
  const keys = useQueryKeys();
  const client = useQueryClient();
  return useMutation<Versioned, Error, UpdateRecordInput>({
    mutationFn: ({ id, patch, version }) => {
      const cached = client.getQueryData<Versioned>(keys.record(resource.name, id));
      const ver = version !== undefined ? version : (cached?.version ?? null);
      return backend.update(resource, id, patch, ver);
    },
    onSuccess: async (updated, { id }) => {
      client.setQueryData(keys.record(resource.name, id), updated);
      let newId: Id | null;
      try {
        newId = backend.idOf(resource, updated.item);
      } catch {
        newId = null;
      }
      if (newId !== null && String(newId) !== String(id)) {
        // the primary key changed (litestar-admin allows it): move the cache entry
        client.setQueryData(keys.record(resource.name, newId), updated);
        client.removeQueries({ queryKey: keys.record(resource.name, id), exact: true });
      }
      await invalidateAfterWrite(client, keys, resource);
    },
  });
}
