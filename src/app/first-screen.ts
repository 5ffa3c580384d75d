// The first screen's requests, made by the boot before React is evaluated. With a restored
// session: the schema (the bootstrap's own request, revalidating the copy cached by an earlier
// visit) and, on a list route, the rows with exactly the query the list view will make. Each one
// becomes the first fetch of its React Query query, under the real key (create-query-client.ts),
// so the first render shows what has arrived and nothing is asked for twice.
import type { Backend, CurrentUser, SchemaCopy } from "../backend/types.ts";
import { queryKeys } from "../data/query-keys.ts";
import { fetchSchemaCopy } from "../data/schema-query.ts";
import { backendPagesFor, listQueryForUrl } from "../features/list/list-query.ts";

export interface FirstRoute {
  /** Relative to the app root, e.g. "/r/orders". */
  pathname: string;
  search: string;
}

/** A request the boot made for one query of the first screen. */
export interface FirstQuery {
  queryKey: readonly unknown[];
  request: Promise<unknown>;
  /** Its answer once it has arrived, so that the first render can show it. */
  answer: { data: unknown } | null;
  /** Shown while the request is out (the cached schema), if anything. */
  shownMeanwhile?: unknown;
  /** The same request made anew (the boot's failed, or a retry). */
  refetch(signal: AbortSignal): Promise<unknown>;
}

function firstQuery(queryKey: readonly unknown[], request: Promise<unknown>, refetch: FirstQuery["refetch"], shownMeanwhile?: unknown): FirstQuery {
  const q: FirstQuery = { queryKey, request, answer: null, refetch, ...(shownMeanwhile !== undefined ? { shownMeanwhile } : {}) };
  request.then(
    (data) => (q.answer = { data }),
    () => undefined, // the query reports it, or asks again
  );
  return q;
}

export interface FirstScreen {
  queries: FirstQuery[];
  /** Settles once the rows have arrived (or failed); null when none were asked for. */
  rows: Promise<unknown> | null;
}

/** The resource of a list route ("/r/orders" → "orders"), else null. */
function listResource(route: FirstRoute | null): string | null {
  const match = route ? /^\/?r\/([^/]+)\/?$/.exec(route.pathname) : null;
  try {
    return match ? decodeURIComponent(match[1] ?? "") : null;
  } catch {
    return null;
  }
}

export interface StartFirstScreenOptions {
  backend: Backend;
  user: CurrentUser;
  /** The schema cached for the user by an earlier visit. */
  cached: SchemaCopy | null;
  /** Settles when the backend's bootstrap is done: the schema request is part of it, or follows it. */
  bootstrapped: Promise<unknown>;
  route: FirstRoute | null;
}

/**
 * Resolves once the schema is there (or could not be loaded: the schema gate then reports it) and
 * the rows, on a list route, are on their way. A cached schema lets them go out at once, beside
 * the bootstrap; without one they wait for the schema (the list's query comes from it).
 */
export async function startFirstScreen({ backend, user, cached, bootstrapped, route }: StartFirstScreenOptions): Promise<FirstScreen> {
  const keys = queryKeys(backend.baseUrl, user.id);
  const loadSchema = (signal?: AbortSignal) => fetchSchemaCopy({ backend, userId: user.id, base: cached, ...(signal ? { signal } : {}) });
  const schemaRequest = bootstrapped.then(() => loadSchema());
  const queries = [firstQuery(keys.schema(), schemaRequest, loadSchema, cached ?? undefined)];
  const schema = cached ?? (await schemaRequest.catch(() => null));
  const name = listResource(route);
  const resource = schema?.schema.resources.find((r) => r.name === name);
  if (!route || !resource || backend.currentUser()?.id !== user.id) return { queries, rows: null };
  const { query, maxPerPage } = listQueryForUrl(resource, backend, new URLSearchParams(route.search));
  // a view wider than the backend's page: its first page, whose total says which others exist
  const [head] = backendPagesFor(query, maxPerPage);
  const rows = firstQuery(keys.list(resource.name, head!), backend.list(resource, head!), (signal) => backend.list(resource, head!, { signal }));
  return { queries: [...queries, rows], rows: rows.request };
}
