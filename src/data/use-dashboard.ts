import { useQuery } from "@tanstack/react-query";
import type { Backend, DashboardData } from "../backend/types.ts";
import type { ResourceSchema } from "../protocol/types.ts";
import { useBackend } from "./backend-context.tsx";
import { useSchema } from "./schema-context.tsx";
import { useQueryKeys } from "./use-query-keys.ts";

const COUNT_CONCURRENCY = 4;

/**
 * Client dashboard when the backend has none (README capability matrix): one `per_page=1` list
 * call per resource, at most 4 at a time. A resource whose count fails is left out.
 */
export async function clientDashboard(backend: Backend, resources: readonly ResourceSchema[], signal?: AbortSignal): Promise<DashboardData> {
  const counts: ({ resource: string; label: string; count: number } | null)[] = new Array<null>(resources.length).fill(null);
  let next = 0;
  const worker = async () => {
    while (next < resources.length) {
      const i = next++;
      const r = resources[i];
      if (!r) continue;
      signal?.throwIfAborted();
      try {
        const page = await backend.list(r, { page: 1, perPage: 1 }, signal ? { signal } : undefined);
        counts[i] = { resource: r.name, label: r.label_plural, count: page.total };
      } catch (e) {
        if (signal?.aborted) throw e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(COUNT_CONCURRENCY, resources.length) }, worker));
  const models = counts.filter((c): c is NonNullable<typeof c> => c !== null);
  return { models, totalRecords: models.reduce((sum, m) => sum + m.count, 0) };
}

export function useDashboard() {
  const backend = useBackend();
  const schema = useSchema();
  const keys = useQueryKeys();
  return useQuery<DashboardData>({
    queryKey: keys.dashboard(),
    queryFn: ({ signal }) => (backend.dashboard ? backend.dashboard({ signal }) : clientDashboard(backend, schema.resources, signal)),
  });
}
