// The lazily loaded chunks of the routes, startable before React and the router exist (main.tsx
// prefetches those of the route being opened while the config and session are fetched).

/** Load the signed-in shell (layout, navigation, schema gate): one chunk; call early to prefetch it. */
export const loadShell = () => import("./lazy-shell.ts");

/**
 * Start loading the chunks a cold load of `pathname` (relative to the app root, e.g. "/r/orders")
 * will render: the shell and, for a resource list, its page and view. Failures are left to the
 * route's own load.
 */
export function prefetchRouteChunks(pathname: string): void {
  const ignore = () => undefined;
  if (/^\/?login\/?$/.test(pathname)) return;
  loadShell().catch(ignore);
  if (/^\/?r\/[^/]+\/?$/.test(pathname)) {
    import("../features/list/list-page.tsx").catch(ignore);
    // list-page's module starts this one as it runs, which is only once its imports have loaded
    import("../features/list/list-view.tsx").catch(ignore);
  }
}
