import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Item, Versioned } from "../backend/types.ts";
import type { ResourceSchema } from "../protocol/types.ts";
import { useBackend } from "./backend-context.tsx";
import { useQueryKeys } from "./use-query-keys.ts";
import { invalidateAfterWrite } from "./invalidate-resource.ts";

/** Create a record (body as the form built it; strip it with `stripForWrite` first). */
export function useCreateRecord(resource: ResourceSchema) {
  const backend = useBackend();
  const keys = useQueryKeys();
  const client = useQueryClient();
  return useMutation<Versioned, Error, Item>({
    mutationFn: (body) => backend.create(resource, body),
    onSuccess: async (created) => {
      try {
        client.setQueryData(keys.record(resource.name, backend.idOf(resource, created.item)), created);
      } catch {
        // no readable id in the response: nothing to seed
      }
      await invalidateAfterWrite(client, keys, resource);
    },
  });
}
