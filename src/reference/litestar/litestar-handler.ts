// The litestar-admin 0.1.1 face of the reference backend (litestar-admin.md is the spec), over the
// same store and users as the Craft Easy face. Reproduces the observed quirks: the auth
// middleware's text/plain 404, string `expires_in`, refresh echoing the refresh token, logout as a
// no-op, 400 + `extra` for request-shape errors, 500 for constraint errors, no filters, import not
// mounted, export ignoring search/sort with `Status.draft` enums, PATCH renaming the PK, PUT
// nulling missing nullable columns, can_* flags not enforced on single-record routes, silent bulk
// writes, string activity record ids, naive timestamps, the rate limiter's 429 body.
// A plain Request → Response function: no Node APIs. This file is the router and the middleware
// (rate limit, auth gate, errors); each concern's routes are their own module in this folder.
import { createFixedWindow } from "../fixed-window.ts";
import type { WindowHit } from "../fixed-window.ts";
import { StoreError } from "../store/store-error.ts";
import type { Store } from "../store/types.ts";
import type { DemoUser } from "../users.ts";
import { withHeaders } from "../with-headers.ts";
import { changePassword, config, login, logout, me, refresh } from "./auth-routes.ts";
import { bulkAction, bulkDelete } from "./bulk-routes.ts";
import { activity, stats, widgets } from "./dashboard-routes.ts";
import { exportAll, exportSelected } from "./export-routes.ts";
import { LITESTAR_DEMO_PASSWORDS } from "./litestar-demo.ts";
import { ServerFault } from "./litestar-values.ts";
import { listModels, modelSchema } from "./model-routes.ts";
import { createRecord, deleteRecord, getRecord, listRecords, writeRecord } from "./record-routes.ts";
import { relationship } from "./relationship-routes.ts";
import { authGate, internalError, litestarError, rateLimited } from "./responses.ts";
import { accessTokenOf, createTokenIssuer } from "./token-issuer.ts";
import type { LitestarApp, LitestarHandler, LitestarHandlerOptions, Route } from "./types.ts";
import { users } from "./users-route.ts";

export type { LitestarHandler, LitestarHandlerOptions } from "./types.ts";

/** Static segments come before parameters that would also match them (§2). */
const ROUTES: Route[] = [
  { pattern: ["config"], methods: { GET: config }, public: true },
  { pattern: ["auth", "login"], methods: { POST: login }, public: true },
  { pattern: ["auth", "refresh"], methods: { POST: refresh }, public: true },
  { pattern: ["auth", "logout"], methods: { POST: logout }, public: true },
  { pattern: ["auth", "me"], methods: { GET: me } },
  { pattern: ["auth", "change-password"], methods: { POST: changePassword } },
  { pattern: ["models"], methods: { GET: listModels } },
  { pattern: ["models", ":m", "schema"], methods: { GET: modelSchema } },
  { pattern: ["models", ":m", "export"], methods: { GET: exportAll } },
  { pattern: ["models", ":m", "bulk", "delete"], methods: { POST: bulkDelete } },
  { pattern: ["models", ":m", "bulk", "export"], methods: { POST: exportSelected } },
  { pattern: ["models", ":m", "bulk", ":action"], methods: { POST: bulkAction } },
  { pattern: ["models", ":m", "relationships", ":field", "search"], methods: { GET: relationship("search") } },
  { pattern: ["models", ":m", "relationships", ":field", "options"], methods: { GET: relationship("options") } },
  { pattern: ["models", ":m"], methods: { GET: listRecords, POST: createRecord } },
  { pattern: ["models", ":m", ":id"], methods: { GET: getRecord, PATCH: writeRecord("patch"), PUT: writeRecord("put"), DELETE: deleteRecord } },
  { pattern: ["dashboard", "stats"], methods: { GET: stats } },
  { pattern: ["dashboard", "widgets"], methods: { GET: widgets } },
  { pattern: ["dashboard", "activity"], methods: { GET: activity } },
  { pattern: ["users"], methods: { GET: users } },
];

function match(segments: string[]): { route: Route; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    if (route.pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const ok = route.pattern.every((p, i) => {
      const s = segments[i] as string;
      if (p.startsWith(":")) params[p.slice(1)] = s;
      return p.startsWith(":") || p === s;
    });
    if (ok) return { route, params };
  }
  return null;
}

/** Path segments after the prefix; trailing slashes are tolerated. */
function segmentsOf(pathname: string, prefix: string): string[] {
  return pathname.slice(prefix.length).split("/").filter((s) => s !== "").map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
}

function rateLimitHeaders(hit: WindowHit | null): Record<string, string> {
  return hit ? { "x-ratelimit-limit": hit.headers.limit, "x-ratelimit-remaining": hit.headers.remaining, "x-ratelimit-reset": hit.headers.reset } : {};
}

function createApp(store: Store, options: LitestarHandlerOptions): LitestarApp {
  const now = options.now ?? (() => Date.now());
  let writes = 0;
  return {
    store,
    now,
    authEnabled: options.authEnabled !== false,
    options,
    tokens: createTokenIssuer({ now, tokens: options.tokens, accessTtlSeconds: options.accessTokenTtlSeconds ?? 3600, refreshTtlSeconds: options.refreshTokenTtlSeconds ?? 86400 }),
    passwords: new Map(Object.entries(LITESTAR_DEMO_PASSWORDS)),
    simulatedFailure() {
      if (!options.failEvery || options.failEvery <= 0) return false;
      writes += 1;
      return writes % options.failEvery === 0;
    },
  };
}

export function createLitestarHandler(store: Store, options: LitestarHandlerOptions = {}): LitestarHandler {
  const prefix = (options.prefix ?? "/admin/api").replace(/\/+$/, "");
  const app = createApp(store, options);
  // The host app's RateLimitMiddleware (§14.3), when it has one.
  const countRequest = options.rateLimit ? createFixedWindow(options.rateLimit, app.now) : () => null;

  async function route(request: Request, url: URL, pathname: string): Promise<Response> {
    const found = match(segmentsOf(pathname, prefix));
    if (!found) return litestarError(404, "Not Found");
    const handler = found.route.methods[request.method.toUpperCase()];
    if (!handler) return litestarError(405, "Method Not Allowed");
    let user: DemoUser | null = null;
    if (app.authEnabled) {
      user = app.tokens.userFromAccessToken(accessTokenOf(request));
      // Only the auth/config paths bypass the middleware; everything else hides behind a 404.
      if (!found.route.public && !user) return authGate();
    }
    try {
      return await handler({ app, request, url, params: found.params, user });
    } catch (e) {
      // ServerFault / StoreError are what the database would raise; anything else is a bug. All
      // look the same on the wire with debug off.
      if (!(e instanceof ServerFault) && !(e instanceof StoreError) && typeof console !== "undefined") console.error(e);
      return internalError();
    }
  }

  return {
    async handle(request, routedPath) {
      const url = new URL(request.url);
      const pathname = routedPath ?? url.pathname;
      if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return litestarError(404, "Not Found");
      const hit = countRequest();
      const headers = rateLimitHeaders(hit);
      if (hit?.limited) return rateLimited(hit.retryAfter, { "retry-after": String(hit.retryAfter), ...headers });
      return withHeaders(await route(request, url, pathname), headers);
    },
    expireTokens() {
      app.tokens.expireAccessTokens();
    },
    expireRefreshTokens() {
      app.tokens.expireRefreshTokens();
    },
  };
}
