// Typed contracts of the litestar-admin face: its options, what every route gets, and the route
// table's shape.
import type { LitestarWidgetData } from "../../backend/litestar-admin/litestar-wire-types.ts";
import type { RateLimit } from "../fixed-window.ts";
import type { Store } from "../store/types.ts";
import type { TokenAuthority } from "../tokens.ts";
import type { DemoUser } from "../users.ts";
import type { TokenIssuer } from "./token-issuer.ts";

export interface LitestarHandlerOptions {
  /** Path of the API (default "/admin/api": the plugin's default base_url + "/api"). */
  prefix?: string;
  /** Clock in ms since the epoch. */
  now?: () => number;
  /** `AdminConfig.title` (default: the demo shop's title). */
  title?: string;
  /** Debug mode lists the demo accounts in /api/config (default true, for the demo). */
  debug?: boolean;
  theme?: "dark" | "light";
  /** False = no auth backend: every route open, /auth/* answer 401 "not configured". */
  authEnabled?: boolean;
  /**
   * Issues and checks the ACCESS tokens. Mounted as a face, this is the reference backend's shared
   * authority (so `control.expireTokens()` expires them too, and its TTL is `expires_in`).
   * Default: a private one with `accessTokenTtlSeconds`.
   */
  tokens?: TokenAuthority;
  /** Lifetime of access tokens when no `tokens` authority is given (default 3600, litestar's). */
  accessTokenTtlSeconds?: number;
  /** Lifetime of refresh tokens (default 86400, litestar's). */
  refreshTokenTtlSeconds?: number;
  /** The host app's RateLimitMiddleware: fixed window over all requests. */
  rateLimit?: RateLimit;
  /** Every Nth model write answers 500 (simulated DB failure). */
  failEvery?: number;
  /** Models whose view has `can_export = False`. */
  exportDisallowed?: string[];
  /** Exports fail after streaming started: 200 with a truncated body (§10). */
  truncateExports?: boolean;
  /** `AdminConfig.extra["widgets"]`. */
  widgets?: LitestarWidgetData[];
}

export interface LitestarHandler {
  /** `path`: the request path to route (default: the URL's pathname); must start with the prefix. */
  handle(request: Request, path?: string): Promise<Response>;
  /** Every access token issued so far is rejected from now on (the text/plain 404), as if expired. */
  expireTokens(): void;
  /** Every refresh token issued so far is rejected (refresh answers 401). */
  expireRefreshTokens(): void;
}

/** What every route shares: the store, the clock, the tokens and the resolved options. */
export interface LitestarApp {
  store: Store;
  now: () => number;
  authEnabled: boolean;
  options: LitestarHandlerOptions;
  tokens: TokenIssuer;
  /** Current passwords by e-mail (change-password writes here). */
  passwords: Map<string, string>;
  /** Counts a model write for `failEvery`; true when this one should fail. */
  simulatedFailure(): boolean;
}

/** One routed request: the app, the request, the route's path parameters and the signed-in user. */
export interface RouteContext {
  app: LitestarApp;
  request: Request;
  url: URL;
  params: Record<string, string>;
  user: DemoUser | null;
}

export type RouteHandler = (ctx: RouteContext) => Response | Promise<Response>;

export interface Route {
  /** Path segments after the prefix; `:name` captures a parameter. */
  pattern: string[];
  methods: Record<string, RouteHandler>;
  /** Reachable without credentials (the auth middleware's whitelist, §1 #1). */
  public?: boolean;
}
