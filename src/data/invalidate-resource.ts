import type { QueryClient } from "@tanstack/react-query";
import type { ResourceSchema } from "../protocol/types.ts";
import type { QueryKeys } from "./query-keys.ts";

/**
 * After a write to `resource`: refetch its lists, the dashboard counts and every relation label
 * that reads from its endpoint (a renamed record changes labels elsewhere). Records stay cached.
 */
export async function invalidateAfterWrite(client: QueryClient, keys: QueryKeys, resource: ResourceSchema): Promise<void> {
  const labelPrefix = keys.relationLabels();
  await Promise.all([
    client.invalidateQueries({ queryKey: keys.lists(resource.name) }),
    client.invalidateQueries({ queryKey: keys.dashboard() }),
    client.invalidateQueries({ queryKey: [...keys.all, "activity"] }),
    client.invalidateQueries({
      predicate: (q) =>
        q.queryKey.length > labelPrefix.length + 1 &&
        labelPrefix.every((part, i) => q.queryKey[i] === part) &&
        (q.queryKey[labelPrefix.length] === resource.endpoint || q.queryKey[labelPrefix.length] === `resource:${resource.name}`),
    }),
  ]);
}
