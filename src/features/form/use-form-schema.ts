// The schema a record form lays itself out from: the resource's own, or for a create form the
// dialect's create-mode schema where it has one (litestar-admin).
import { useQuery } from "@tanstack/react-query";
import type { ResourceSchema } from "../../protocol/types.ts";
import { useBackend } from "../../data/backend-context.tsx";
import { useQueryKeys } from "../../data/use-query-keys.ts";
import type { FormMode } from "./types.ts";

export type FormSchema = { pending: true } | { pending: false; resource: ResourceSchema };

export function useFormSchema(resource: ResourceSchema, mode: FormMode): FormSchema {
  const backend = useBackend();
  const keys = useQueryKeys();
  const load = mode === "create" ? backend.createFormSchema?.bind(backend) : undefined;
  const createSchema = useQuery({
    queryKey: [...keys.all, "create-form", resource.name],
    queryFn: ({ signal }) => (load ? load(resource, { signal }) : resource),
    enabled: load !== undefined,
    staleTime: 5 * 60_000,
  });
  if (load && createSchema.isPending) return { pending: true };
  // a failed create-schema load falls back to the resource's own form
  return { pending: false, resource: load && createSchema.data ? createSchema.data : resource };
}
