import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { AdminSchema, ResourceSchema } from "../protocol/types.ts";

interface SchemaContextValue {
  schema: AdminSchema;
  byName: ReadonlyMap<string, ResourceSchema>;
}

const SchemaContext = createContext<SchemaContextValue | null>(null);

export function SchemaProvider({ schema, children }: { schema: AdminSchema; children: ReactNode }) {
  const value = useMemo(() => ({ schema, byName: new Map(schema.resources.map((r) => [r.name, r])) }), [schema]);
  return <SchemaContext.Provider value={value}>{children}</SchemaContext.Provider>;
}

function useSchemaContext(): SchemaContextValue {
  const value = useContext(SchemaContext);
  if (!value) throw new Error("useSchema() must be used inside <SchemaProvider>");
  return value;
}

export function useSchema(): AdminSchema {
  return useSchemaContext().schema;
}

/** The resource of that name, or undefined when this user's schema has none (show "not found"). */
export function useResource(name: string | undefined): ResourceSchema | undefined {
  const { byName } = useSchemaContext();
  return name === undefined ? undefined : byName.get(name);
}
