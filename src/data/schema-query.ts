// The admin schema in React Query: under queryKeys(…).schema() lives the copy the server last
// confirmed. Its query function revalidates the copy it has (If-None-Match: a 304 keeps it) and
// keeps the answer in localStorage for the next visit (schema-cache.ts). The boot (src/app/boot.ts)
// runs it before React renders; the schema gate (use-schema-bootstrap.ts) reads and refreshes it.
import type { Backend, SchemaCopy } from "../backend/types.ts";
import { writeSchemaCache } from "./schema-cache.ts";

/** The same schema: by ETag where both have one, else by content. */
export function sameCopy(a: SchemaCopy, b: SchemaCopy): boolean {
  if (a.etag !== null && b.etag !== null) return a.etag === b.etag;
  return a.schema === b.schema || JSON.stringify(a.schema) === JSON.stringify(b.schema);
}

export interface FetchSchemaCopyOptions {
  backend: Backend;
  userId: string | null;
  /** The copy to revalidate (the query's data, else the one cached for the user), if any. */
  base: SchemaCopy | null;
  signal?: AbortSignal;
  /** Where the copy is kept (default localStorage; null: nowhere). */
  storage?: Storage | null;
}

/** The server's schema as a copy: `base` itself while it is still current. */
export async function fetchSchemaCopy({ backend, userId, base, signal, storage }: FetchSchemaCopyOptions): Promise<SchemaCopy> {
  const res = await backend.loadSchema(base ?? undefined, signal ? { signal } : undefined);
  const answer: SchemaCopy = { schema: res.schema, etag: res.etag ?? (res.notModified ? (base?.etag ?? null) : null) };
  const copy = base && (res.notModified || sameCopy(answer, base)) ? base : answer;
  writeSchemaCache(backend.baseUrl, userId, { ...copy, savedAt: Date.now() }, storage);
  return copy;
}
