// Loads the admin schema for the signed-in user and keeps it fresh (craft-easy.md §2.2):
//  - start: with a cached copy for this backend+user, show it at once (no loading screen on a
//    cold load) and revalidate it with `backend.loadSchema(cached)` (If-None-Match → 304 keeps
//    it); a different answer is offered as an update (below), a failure marks the copy stale.
//    Without a cached copy the schema is shown once the server has answered, or on failure
//    status "error";
//  - revalidate when the window regains focus and the copy is ≥ 5 minutes old, after every
//    sign-in of the same user, and on demand (`revalidate()`, e.g. after 403 ACCESS_DENIED);
//  - a revalidation that brings a different schema (other ETag, or other content where the
//    dialect has no ETag) never swaps it under the user's feet: `schemaUpdateAvailable` turns
//    true and `applySchemaUpdate()` switches to it; a failed revalidation keeps the current copy;
//  - another user (or backend) is a different cache entry and a fresh load.
import { useCallback, useEffect, useRef, useState } from "react";
import type { Backend, CurrentUser, SchemaLoadResult } from "../backend/types.ts";
import { earlySchemaKey, peekEarlyValue, takeEarly } from "./early-start.ts";
import type { AdminSchema } from "../protocol/types.ts";
import { readSchemaCache, schemaCacheUser, writeSchemaCache, type CachedSchema } from "./schema-cache.ts";
import { localStorageOrNull } from "../backend/browser-storage.ts";

export const SCHEMA_MAX_AGE_MS = 5 * 60_000;

export interface SchemaBootstrapOptions {
  /** Where the cache lives (default localStorage; null = no cache). */
  storage?: Storage | null;
  now?: () => number;
  /** Revalidate on focus once the copy is at least this old. */
  maxAgeMs?: number;
  /** False: do nothing (e.g. while signed out). */
  enabled?: boolean;
}

export interface SchemaBootstrap {
  status: "loading" | "error" | "ready";
  schema: AdminSchema | undefined;
  error: unknown;
  /** The schema shown is the cached copy because the server could not be reached. */
  stale: boolean;
  schemaUpdateAvailable: boolean;
  /** Switch to the newer schema found by a revalidation. */
  applySchemaUpdate(): void;
  /** Ask the server now; resolves when done (never rejects). */
  revalidate(): Promise<void>;
  /** Start over after an error. */
  retry(): void;
}

interface Copy {
  schema: AdminSchema;
  etag: string | null;
}

interface State {
  sessionKey: string;
  status: "loading" | "error" | "ready";
  shown: Copy | null;
  error: unknown;
  stale: boolean;
  pending: Copy | null;
}

function sameCopy(a: Copy, b: Copy): boolean {
  if (a.etag !== null && b.etag !== null) return a.etag === b.etag;
  return a.schema === b.schema || JSON.stringify(a.schema) === JSON.stringify(b.schema);
}

const storageOf = (o: { storage?: Storage | null }): Storage | null => (o.storage === undefined ? localStorageOrNull() : o.storage);

const loading = (sessionKey: string): State => ({ sessionKey, status: "loading", shown: null, error: null, stale: false, pending: null });

/** The first state for a backend + user: their cached copy, shown while it is revalidated. */
function initial(sessionKey: string, cached: CachedSchema | null): State {
  if (!cached) return loading(sessionKey);
  return { sessionKey, status: "ready", shown: { schema: cached.schema, etag: cached.etag }, error: null, stale: false, pending: null };
}

export function useSchemaBootstrap(backend: Backend, user: CurrentUser | null, options: SchemaBootstrapOptions = {}): SchemaBootstrap {
  const userId = user?.id ?? null;
  const enabled = options.enabled ?? true;
  const sessionKey = `${backend.baseUrl}\u0000${schemaCacheUser(userId)}`;

  const opts = useRef({ storage: options.storage, now: options.now ?? Date.now, maxAgeMs: options.maxAgeMs ?? SCHEMA_MAX_AGE_MS });
  useEffect(() => {
    opts.current = { storage: options.storage, now: options.now ?? Date.now, maxAgeMs: options.maxAgeMs ?? SCHEMA_MAX_AGE_MS };
  });

  // The cached copy of this backend + user, read once per session key (render must stay cheap).
  const cacheRead = useRef<{ key: string; cached: CachedSchema | null } | null>(null);
  const cachedCopy = (): CachedSchema | null => {
    if (!enabled) return null;
    if (cacheRead.current?.key !== sessionKey) {
      cacheRead.current = { key: sessionKey, cached: readSchemaCache(backend.baseUrl, userId, storageOf(opts.current)) };
    }
    return cacheRead.current.cached;
  };

  const [state, setState] = useState<State>(() => {
    const cached = cachedCopy();
    if (cached || !enabled) return initial(sessionKey, cached);
    // the boot's schema request (src/app/early-list.ts) has usually answered by now: show it at once
    const early = peekEarlyValue<SchemaLoadResult>(earlySchemaKey(backend.baseUrl, userId));
    if (!early) return loading(sessionKey);
    return { ...loading(sessionKey), status: "ready", shown: { schema: early.value.schema, etag: early.value.etag ?? null } };
  });
  const [attempt, setAttempt] = useState(0);
  /** The newest copy the server confirmed (sent with If-None-Match) and when. */
  const latest = useRef<(Copy & { checkedAt: number }) | null>(null);
  const liveKey = useRef(sessionKey);
  const inflight = useRef<Promise<void> | null>(null);

  // ---- initial load per backend + user
  useEffect(() => {
    if (!enabled) return;
    liveKey.current = sessionKey;
    latest.current = null;
    inflight.current = null;
    // the copy the first render showed, else (retry, StrictMode's second run) the storage afresh
    const cached = cacheRead.current?.key === sessionKey ? cacheRead.current.cached : readSchemaCache(backend.baseUrl, userId, storageOf(opts.current));
    cacheRead.current = null;
    // a copy already on screen (cached, or the boot's answer) stays while it is revalidated
    setState((s) => (s.sessionKey === sessionKey && s.status === "ready" && s.shown ? s : initial(sessionKey, cached)));
    const ac = new AbortController();
    let cancelled = false;
    // without a cached copy the boot may have asked already (src/app/early-list.ts)
    const fresh = () => backend.loadSchema(cached ? { schema: cached.schema, etag: cached.etag } : undefined, { signal: ac.signal });
    const early = cached ? undefined : takeEarly<SchemaLoadResult>(earlySchemaKey(backend.baseUrl, userId));
    (early ? early.catch(fresh) : fresh()).then(
      (res) => {
        if (cancelled) return;
        let copy: Copy = { schema: res.schema, etag: res.etag ?? (res.notModified ? (cached?.etag ?? null) : null) };
        const fromCache: Copy | null = cached ? { schema: cached.schema, etag: cached.etag } : null;
        if (fromCache && (res.notModified || sameCopy(copy, fromCache))) copy = fromCache;
        const t = opts.current.now();
        writeSchemaCache(backend.baseUrl, userId, { ...copy, savedAt: t }, storageOf(opts.current));
        latest.current = { ...copy, checkedAt: t };
        setState((s) => {
          // the cached copy is on screen: a different answer is offered, never swapped in
          if (s.sessionKey === sessionKey && s.status === "ready" && s.shown) {
            return { ...s, error: null, stale: false, pending: sameCopy(copy, s.shown) ? null : copy };
          }
          return { sessionKey, status: "ready", shown: copy, error: null, stale: false, pending: null };
        });
      },
      (error: unknown) => {
        if (cancelled) return;
        if (cached) {
          const copy: Copy = { schema: cached.schema, etag: cached.etag };
          latest.current = { ...copy, checkedAt: cached.savedAt };
          setState({ sessionKey, status: "ready", shown: copy, error, stale: true, pending: null });
        } else {
          setState({ sessionKey, status: "error", shown: null, error, stale: false, pending: null });
        }
      },
    );
    return () => {
      cancelled = true;
      ac.abort();
    };
    // storage/now are read through `opts` so that inline options do not restart the load
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [backend, sessionKey, attempt, enabled]);

  // ---- revalidation
  const revalidate = useCallback((): Promise<void> => {
    if (inflight.current) return inflight.current;
    const base = latest.current;
    if (!base) return Promise.resolve();
    const key = liveKey.current;
    const run = backend
      .loadSchema({ schema: base.schema, etag: base.etag })
      .then((res) => {
        if (liveKey.current !== key) return; // another user or backend since
        const t = opts.current.now();
        const fresh: Copy = { schema: res.schema, etag: res.etag ?? (res.notModified ? base.etag : null) };
        const next = res.notModified || sameCopy(fresh, base) ? { schema: base.schema, etag: base.etag } : fresh;
        latest.current = { ...next, checkedAt: t };
        writeSchemaCache(backend.baseUrl, userId, { ...next, savedAt: t }, storageOf(opts.current));
        setState((s) => {
          if (s.sessionKey !== key || s.status !== "ready" || !s.shown) return s;
          return { ...s, stale: false, error: null, pending: sameCopy(next, s.shown) ? null : next };
        });
      })
      .catch(() => {
        // keep working with the copy we have (craft-easy.md §2.2)
      })
      .finally(() => {
        if (inflight.current === run) inflight.current = null;
      });
    inflight.current = run;
    return run;
  }, [backend, userId]);

  // ---- on focus, when the copy is old enough
  useEffect(() => {
    if (!enabled) return;
    const onFocus = () => {
      if (typeof document !== "undefined" && document.visibilityState === "hidden") return;
      const l = latest.current;
      if (l && opts.current.now() - l.checkedAt >= opts.current.maxAgeMs) void revalidate();
    };
    window.addEventListener("focus", onFocus);
    document.addEventListener("visibilitychange", onFocus);
    return () => {
      window.removeEventListener("focus", onFocus);
      document.removeEventListener("visibilitychange", onFocus);
    };
  }, [enabled, revalidate]);

  // ---- after every sign-in of this same user
  useEffect(() => {
    if (!enabled) return;
    return backend.onSessionChange((u, reason) => {
      if (reason === "signed-in" && (u?.id ?? null) === userId) void revalidate();
    });
  }, [backend, userId, enabled, revalidate]);

  const applySchemaUpdate = useCallback(() => {
    setState((s) => (s.pending ? { ...s, shown: s.pending, pending: null } : s));
  }, []);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);

  const current = state.sessionKey === sessionKey ? state : initial(sessionKey, cachedCopy());
  return {
    status: current.status,
    schema: current.shown?.schema,
    error: current.error,
    stale: current.stale,
    schemaUpdateAvailable: current.pending !== null,
    applySchemaUpdate,
    revalidate,
    retry,
  };
}
