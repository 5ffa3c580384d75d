// The lazily loaded chunks of the routes, startable before React and the router exist (main.tsx
// loads those of the route being opened while the config and session are fetched). Once loaded
// they are readable synchronously, so the router can be created with the route's components in
// place: the first render then shows the page itself, not a loading screen first.
import { lazyModule } from "../ui/load-once.ts";
import { VIRTUAL_THRESHOLD, listPageModule, listViewModule, virtualRowsModule } from "../features/list/list-modules.ts";
import { perPageParam } from "../features/list/list-url-state.ts";

/** The signed-in shell (layout, navigation, schema gate): one chunk. */
export const shellModule = lazyModule(() => import("./lazy-shell.ts"));

/** Load the signed-in shell; call early to prefetch it. */
export const loadShell = () => shellModule.load();

/** The sign-in page: its own chunk, which a signed-in cold load never needs. */
export const signInModule = lazyModule(() => import("../features/auth/sign-in-page.tsx"));

const isListPath = (pathname: string) => /^\/?r\/[^/]+\/?$/.test(pathname);

/**
 * Load the chunks a cold load of `pathname` (relative to the app root, e.g. "/r/orders") will
 * render: without a session (`signedIn` false) or at /login the sign-in page; else the shell and,
 * for a resource list, its page and view (and the virtualised rows when `search` asks for a page
 * above the threshold). Resolves when they are there; never rejects (a failed chunk is left to
 * the route's own load, which reports it).
 */
export function loadRouteChunks({ pathname, search = "", signedIn }: { pathname: string; search?: string; signedIn: boolean }): Promise<void> {
  const settle = (p: Promise<unknown>) => p.then(
    () => undefined,
    () => undefined,
  );
  if (!signedIn || /^\/?login\/?$/.test(pathname)) return settle(signInModule.load());
  const loads = [settle(loadShell())];
  if (isListPath(pathname)) {
    loads.push(settle(listPageModule.load()));
    // list-page starts this one as it runs, which is only once its own imports have loaded
    loads.push(settle(listViewModule.load()));
    if ((perPageParam(new URLSearchParams(search)) ?? 0) > VIRTUAL_THRESHOLD) loads.push(settle(virtualRowsModule.load()));
  }
  return Promise.all(loads).then(() => undefined);
}
