// Providers for data-hook tests.
import type { ReactNode } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { Backend } from "../backend/types.ts";
import type { AdminSchema } from "../protocol/types.ts";
import { BackendProvider } from "./backend-context.tsx";
import { SchemaProvider } from "./schema-context.tsx";

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
