// Providers for data-hook and component tests: a query client without retries, the backend and
// the schema.
import type { ReactNode } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { Backend } from "../backend/types.ts";
import type { AdminSchema } from "../protocol/types.ts";
import { BackendProvider } from "../data/backend-context.tsx";
import { SchemaProvider } from "../data/schema-context.tsx";

export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } } });
}

export function dataWrapper(backend: Backend, schema: AdminSchema, client: QueryClient = testQueryClient()) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={client}>
        <BackendProvider backend={backend}>
          <SchemaProvider schema={schema}>{children}</SchemaProvider>
        </BackendProvider>
      </QueryClientProvider>
    );
  };
}

/** A signed-in setup plus providers to render in, one query client for every render of the test. */
export function withWrapper<S extends { backend: Backend; schema: AdminSchema }>(setup: S, client: QueryClient = testQueryClient()) {
  return { ...setup, client, wrapper: dataWrapper(setup.backend, setup.schema, client) };
}
