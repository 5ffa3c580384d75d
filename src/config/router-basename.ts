// The router basename, so the relocatable build (vite `base: "./"`) works under any sub-path.
//
// How a deep link survives a reload, e.g. the app served at /admin-ui/ and the user reloads
// /admin-ui/r/orders/123:
//  1. The static server answers every unknown path with index.html (SPA fallback).
//  2. index.html's first <head> element is BASE_HREF_INLINE_SCRIPT (below, inline, not a module).
//     Before any relative URL is resolved it inserts <base href="/admin-ui/">: the app root is the
//     path before the first segment that starts an app route (`r`, `login`, …), else the
//     directory of the path. A deployer with an unusual path can pin the root with
//     <meta name="atrium-root" content="/admin-ui/">, which wins.
//  3. `./assets/index-*.js` now resolves to /admin-ui/assets/…, and config.json to
//     /admin-ui/config.json.
//  4. In the app, `routerBasename()` takes the root from where the bundle itself was loaded
//     (`import.meta.url` minus `assets/…`; in dev, minus `src/…`), which is right by
//     construction, and gives the router "/admin-ui". The route is then /r/orders/123.

/** First path segments of the app's routes; a path is cut before the first of these. */
export const APP_ROUTE_SEGMENTS: readonly string[] = ["r", "login", "dashboard", "activity", "about", "settings"];

/** The app root directory (absolute URL, trailing slash) from the URL of one of its modules. */
export function appRootFromModuleUrl(moduleUrl: string): string {
  const url = new URL(moduleUrl);
  const path = url.pathname;
  let end = path.lastIndexOf("/assets/");
  if (end < 0) end = path.indexOf("/src/"); // dev server: /src/main.tsx
  if (end < 0) end = path.lastIndexOf("/");
  return `${url.origin}${path.slice(0, end + 1)}`;
}

/** The router basename for an app root: its path without the trailing slash, "/" at the top. */
export function basenameFromRoot(root: string): string {
  const path = root.startsWith("/") ? root : new URL(root).pathname;
  const trimmed = path.replace(/\/+$/, "");
  return trimmed === "" ? "/" : trimmed;
}

/** The app root path (trailing slash) guessed from a location path; mirrors the inline script. */
export function appRootFromPath(pathname: string, segments: readonly string[] = APP_ROUTE_SEGMENTS): string {
  const parts = pathname.split("/");
  for (let i = 1; i < parts.length; i++) {
    if (segments.includes(parts[i] ?? "")) return `${parts.slice(0, i).join("/")}/`;
  }
  return pathname.slice(0, pathname.lastIndexOf("/") + 1) || "/";
}

export interface BasenameInputs {
  moduleUrl: string;
  /** document.baseURI (set by the inline script). */
  baseURI: string;
  /** location.href */
  href: string;
}

/**
 * The basename from the bundle's own URL when it is served from the page's origin, else from
 * `document.baseURI`. Falls back to "/" when the current location is not under it.
 */
export function resolveRouterBasename({ moduleUrl, baseURI, href }: BasenameInputs): string {
  const page = new URL(href);
  const fromModule = appRootFromModuleUrl(moduleUrl);
  const root = new URL(fromModule).origin === page.origin ? fromModule : new URL(".", baseURI).href;
  const basename = basenameFromRoot(root);
  if (basename === "/") return "/";
  const path = page.pathname;
  return path === basename || path.startsWith(`${basename}/`) ? basename : "/";
}

/** The basename for the running app (browser only). */
export function routerBasename(moduleUrl: string = import.meta.url): string {
  return resolveRouterBasename({ moduleUrl, baseURI: document.baseURI, href: location.href });
}

/**
 * Source of the inline <script> for index.html (put it first in <head>). Keep in sync with
 * `appRootFromPath` (a test runs both over the same paths).
 */
export const BASE_HREF_INLINE_SCRIPT = `(function(){var m=document.querySelector('meta[name="atrium-root"]');var r=m&&m.getAttribute("content");if(!r){var s=${JSON.stringify(
  APP_ROUTE_SEGMENTS,
)},p=location.pathname,a=p.split("/"),i=1;for(;i<a.length;i++){if(s.indexOf(a[i])>=0)break}r=i<a.length?a.slice(0,i).join("/")+"/":p.slice(0,p.lastIndexOf("/")+1)||"/"}var b=document.createElement("base");b.href=r;document.head.insertBefore(b,document.head.firstChild)})();`;
