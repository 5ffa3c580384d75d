// The signed-in user's admin schema, kept fresh (craft-easy.md §2.2). A React Query query
// (schema-query.ts) under queryKeys(…).schema():
//  - start: the boot has usually put the schema there already (src/app/first-screen.ts); else the
//    copy cached for this backend + user is shown at once and revalidated (If-None-Match: a 304
//    keeps it), and without one the schema shows once the server has answered ("error" if not);
//  - revalidated when the window regains focus and the copy is ≥ 5 minutes old, after every
//    sign-in of the same user, and on demand (`revalidate()`, e.g. after 403 ACCESS_DENIED);
//  - an answer that differs from the schema on screen (other ETag, or other content where the
//    dialect has none) is never swapped in under the user's feet: `schemaUpdateAvailable` turns
//    true and `applySchemaUpdate()` switches to it; a failed revalidation keeps the copy on screen;
//  - another user (or backend) is another query key and cache entry: a fresh load.
import { useCallback, useEffect, useMemo, useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Backend, CurrentUser, SchemaCopy } from "../backend/types.ts";
import type { AdminSchema } from "../protocol/types.ts";
import { queryKeys } from "./query-keys.ts";
import { readSchemaCache } from "./schema-cache.ts";
import { fetchSchemaCopy, sameCopy } from "./schema-query.ts";

export const SCHEMA_MAX_AGE_MS = 5 * 60_000;

export interface SchemaBootstrapOptions {
  /** Where the cache lives (default localStorage; null = no cache). */
  storage?: Storage | null;
  /** Revalidate on focus once the copy is at least this old. */
  maxAgeMs?: number;
  /** False: do nothing (e.g. while signed out). */
  enabled?: boolean;
}

export interface SchemaBootstrap {
  status: "loading" | "error" | "ready";
  schema: AdminSchema | undefined;
  error: unknown;
  /** The schema shown is a kept copy because the server could not be asked. */
  stale: boolean;
  schemaUpdateAvailable: boolean;
  /** Switch to the newer schema found by a revalidation. */
  applySchemaUpdate(): void;
  /** Ask the server now; resolves when done (never rejects). */
  revalidate(): Promise<void>;
  /** Start over after an error. */
  retry(): void;
}

export function useSchemaBootstrap(backend: Backend, user: CurrentUser | null, options: SchemaBootstrapOptions = {}): SchemaBootstrap {
  const { storage, maxAgeMs = SCHEMA_MAX_AGE_MS, enabled = true } = options;
  const userId = user?.id ?? null;
  const client = useQueryClient();
  const queryKey = useMemo(() => queryKeys(backend.baseUrl, userId).schema(), [backend.baseUrl, userId]);
  const query = useQuery({
    queryKey,
    queryFn: ({ signal }) => {
      const base = client.getQueryData<SchemaCopy>(queryKey) ?? readSchemaCache(backend.baseUrl, userId, storage);
      return fetchSchemaCopy({ backend, userId, base, signal, storage });
    },
    // a copy kept by an earlier visit is shown at once, and revalidated (it counts as stale)
    initialData: () => (enabled ? (readSchemaCache(backend.baseUrl, userId, storage) ?? undefined) : undefined),
    initialDataUpdatedAt: 0,
    staleTime: maxAgeMs,
    refetchOnWindowFocus: true,
    retry: false,
    enabled,
  });

  // The copy on screen, per backend + user: the first one the query had, then what the user applies.
  const session = queryKey.join("\u0000");
  const [pinned, setPinned] = useState<{ session: string; copy: SchemaCopy } | null>(null);
  const latest = query.data;
  if (latest && pinned?.session !== session) setPinned({ session, copy: latest });
  const shown = pinned?.session === session ? pinned.copy : latest;

  const revalidate = useCallback(
    () => client.refetchQueries({ queryKey, exact: true }, { cancelRefetch: false }).catch(() => undefined),
    [client, queryKey],
  );

  // after every sign-in of this same user
  useEffect(() => {
    if (!enabled) return;
    return backend.onSessionChange((u, reason) => {
      if (reason === "signed-in" && (u?.id ?? null) === userId) void revalidate();
    });
  }, [backend, userId, enabled, revalidate]);

  const applySchemaUpdate = useCallback(() => {
    if (latest) setPinned({ session, copy: latest });
  }, [latest, session]);
  const { refetch } = query;
  const retry = useCallback(() => void refetch(), [refetch]);

  return {
    status: shown ? "ready" : query.isError ? "error" : "loading",
    schema: shown?.schema,
    error: query.error,
    stale: query.isError && shown !== undefined,
    schemaUpdateAvailable: shown !== undefined && latest !== undefined && !sameCopy(shown, latest),
    applySchemaUpdate,
    revalidate,
    retry,
  };
}
