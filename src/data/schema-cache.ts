// The admin schema cached in localStorage, one entry per backend base URL + user
// (craft-easy.md §2.2: "never show a schema cached for one user to another user").
import type { AdminSchema } from "../protocol/types.ts";
import type { SchemaCopy } from "../backend/types.ts";
import { localStorageOrNull } from "../backend/browser-storage.ts";

export interface CachedSchema extends SchemaCopy {
  /** When the copy was last confirmed by the server (ms since epoch). */
  savedAt: number;
}

const PREFIX = "atrium:schema:v1:";

/** The user part of the key; signed-out / no-auth sessions share "anonymous". */
export function schemaCacheUser(userId: string | null | undefined): string {
  return userId ? `user:${userId}` : "anonymous";
}

export function schemaCacheKey(baseUrl: string, userId: string | null | undefined): string {
  return `${PREFIX}${JSON.stringify([baseUrl, schemaCacheUser(userId)])}`;
}

// Entries are written only from schemas the adapter already validated and normalised; the key
// prefix is versioned. A light check is enough to reject foreign or truncated data.
function looksLikeSchema(x: unknown): x is AdminSchema {
  if (typeof x !== "object" || x === null) return false;
  const s = x as Partial<AdminSchema>;
  return typeof s.title === "string" && Array.isArray(s.resources) && typeof s.auth === "object" && s.auth !== null;
}

/** The cached copy for this backend and user, or null (absent, unreadable or no longer valid). */
export function readSchemaCache(baseUrl: string, userId: string | null | undefined, storage: Storage | null = localStorageOrNull()): CachedSchema | null {
  if (!storage) return null;
  const key = schemaCacheKey(baseUrl, userId);
  try {
    const text = storage.getItem(key);
    if (text === null) return null;
    const parsed = JSON.parse(text) as Partial<CachedSchema> | null;
    if (!parsed || typeof parsed !== "object" || typeof parsed.savedAt !== "number" || !(parsed.etag === null || typeof parsed.etag === "string")) {
      throw new Error("malformed cache entry");
    }
    if (!looksLikeSchema(parsed.schema)) throw new Error("malformed cached schema");
    return { schema: parsed.schema, etag: parsed.etag, savedAt: parsed.savedAt };
  } catch {
    try {
      storage.removeItem(key);
    } catch {
      // ignore
    }
    return null;
  }
}

export function writeSchemaCache(baseUrl: string, userId: string | null | undefined, entry: CachedSchema, storage: Storage | null = localStorageOrNull()): void {
  if (!storage) return;
  try {
    storage.setItem(schemaCacheKey(baseUrl, userId), JSON.stringify(entry));
  } catch {
    // quota exceeded or storage disabled: the cache is an optimisation only
  }
}

/** Remove one user's copy, or every cached schema of a backend (or all) when userId is omitted. */
export function clearSchemaCache(baseUrl?: string, userId?: string | null, storage: Storage | null = localStorageOrNull()): void {
  if (!storage) return;
  try {
    if (baseUrl !== undefined && userId !== undefined) {
      storage.removeItem(schemaCacheKey(baseUrl, userId));
      return;
    }
    const doomed: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      if (baseUrl === undefined) doomed.push(key);
      else {
        const [url] = JSON.parse(key.slice(PREFIX.length)) as [string, string];
        if (url === baseUrl) doomed.push(key);
      }
    }
    for (const key of doomed) storage.removeItem(key);
  } catch {
    // ignore
  }
}
