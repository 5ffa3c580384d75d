// TEMPORARY adapter shim: stands in for src/data/use-schema-bootstrap.ts until it lands.
// Same call shape: useSchemaBootstrap(backend, user).
import { useQuery } from "@tanstack/react-query";
import type { Backend, CurrentUser } from "../backend/types.ts";
import type { AdminSchema } from "../protocol/types.ts";

export interface SchemaBootstrap {
  schema: AdminSchema | undefined;
  error: unknown;
  isLoading: boolean;
  retry(): Promise<unknown>;
  schemaUpdateAvailable: boolean;
  applySchemaUpdate(): void;
}

export function useSchemaBootstrap(backend: Backend, user: CurrentUser | null): SchemaBootstrap {
  const q = useQuery({
    queryKey: ["atrium", backend.baseUrl, user?.id ?? "", "schema"],
    queryFn: async ({ signal }) => (await backend.loadSchema(undefined, { signal })).schema,
    enabled: user !== null,
    staleTime: Infinity,
    retry: false,
  });
  return {
    schema: q.data,
    error: q.error,
    isLoading: q.isPending,
    retry: () => q.refetch(),
    schemaUpdateAvailable: false,
    applySchemaUpdate: () => undefined,
  };
}
