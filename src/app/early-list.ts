// The cold load's critical path, started in the boot before React renders: with a restored
// session, the schema (from the cache, else loaded now) and, on a list route, the rows the list
// view will ask for, with the very query key it will use. The schema gate and the list take these
// requests (src/data/early-start.ts) instead of starting them after the shell's code has loaded
// and rendered. Part of the entry (no React), so that nothing queued for evaluation delays it.
import type { Backend } from "../backend/types.ts";
import type { AdminSchema } from "../protocol/types.ts";
import { earlyKey, earlySchemaKey, stashEarly } from "../data/early-start.ts";
import { queryKeys } from "../data/query-keys.ts";
import { readSchemaCache } from "../data/schema-cache.ts";
import { backendPagesFor, listQueryForUrl } from "../features/list/list-query.ts";

export interface EarlyRoute {
  /** Relative to the app root, e.g. "/r/orders". */
  pathname: string;
  search: string;
}

/**
 * Returns once the schema is there (or could not be loaded: the gate then reports it), so that the
 * first render can show it; the list request is on its way by then: `rows` settles with it.
 * `bootstrapped` settles when the backend's bootstrap is done: a schema from the cache needs no
 * wait (the rows go out beside the bootstrap); otherwise the schema is loaded after it (its
 * request was the bootstrap's own).
 */
export async function startEarlyRequests(
  backend: Backend,
  route: EarlyRoute,
  storage: Storage | null | undefined,
  bootstrapped: Promise<unknown>,
): Promise<{ rows: Promise<unknown> | null }> {
  const none = { rows: null };
  const user = backend.currentUser();
  if (!user) return none;
  const list = /^\/?r\/([^/]+)\/?$/.exec(route.pathname);
  let schema: Promise<AdminSchema>;
  const cached = storage === null ? null : readSchemaCache(backend.baseUrl, user.id, storage);
  if (cached) {
    schema = Promise.resolve(cached.schema); // the gate shows this copy and revalidates it itself
  } else {
    const ready = await bootstrapped.then(
      () => true,
      () => false,
    );
    if (!ready) return none; // the boot reports it
    const load = backend.loadSchema();
    stashEarly(earlySchemaKey(backend.baseUrl, user.id), load);
    schema = load.then((res) => res.schema);
  }
  let name: string | null = null;
  try {
    name = list ? decodeURIComponent(list[1] ?? "") : null;
  } catch {
    name = null;
  }
  if (name === null) return schema.then(() => none, () => none);
  return schema.then(
    (s) => {
      const resource = s.resources.find((r) => r.name === name);
      if (!resource || backend.currentUser()?.id !== user.id) return none;
      const { query, maxPerPage } = listQueryForUrl(resource, backend, new URLSearchParams(route.search));
      const keys = queryKeys(backend.baseUrl, user.id);
      const pages = backendPagesFor(query, maxPerPage).map((q) => {
        const page = backend.list(resource, q);
        stashEarly(earlyKey(keys.list(resource.name, q)), page);
        return page;
      });
      return { rows: Promise.all(pages) };
    },
    () => none, // the gate reports a schema that cannot be loaded
  );
}
