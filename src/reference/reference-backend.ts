// The reference backend: one fetch-style function (Web Request → Response) over an in-memory
// store with seeded demo data. Serves MSW handlers in tests, the in-browser demo (inject
// `handle` as the app's fetch) and the Node server in tests/server. Browser-safe: no node: imports.
import { controlRoute, createControl } from "./control.ts";
import type { ReferenceControl } from "./control.ts";
import { createCraftEasyHandler } from "./craft-easy/craft-easy-handler.ts";
import { craftEasyError } from "./craft-easy/responses.ts";
import type { VerifyPath } from "./craft-easy/types.ts";
import { createFixedWindow } from "./fixed-window.ts";
import type { RateLimit } from "./fixed-window.ts";
import { litestarFace } from "./litestar/litestar-face.ts";
import { defineCollections } from "./resources.ts";
import { seedStore } from "./seed/seed.ts";
import type { SeedOptions } from "./seed/seed.ts";
import { createStore } from "./store/store.ts";
import type { Store, StoreSnapshot } from "./store/types.ts";
import { createTokenAuthority } from "./tokens.ts";
import type { TokenAuthority, TokenSnapshot } from "./tokens.ts";
import { withHeaders } from "./with-headers.ts";

export type { ReferenceControl, SchemaTransform } from "./control.ts";

export interface ReferenceOptions {
  /** Lifetime of user tokens (default 1800 = Craft Easy's 30 minutes). */
  tokenTtlSeconds?: number;
  /** Key records are served under (default "id"). */
  idKey?: "id" | "_id";
  /** Where OTP verification lives; the other documented path answers 404. */
  verifyPath?: VerifyPath;
  /** When set, `?{searchParam}=term` searches the resource's search_fields. */
  searchParam?: string;
  /** Delay before every answer, in ms (default 0). */
  latencyMs?: number;
  /** Fixed-window rate limit over all requests: 429 + Retry-After when exceeded. */
  rateLimit?: RateLimit;
  /** Every Nth resource write (POST/PATCH/PUT/DELETE) answers 500 INTERNAL_ERROR, untouched. */
  failEvery?: number;
  /** Path prefix the API lives under (default ""). */
  basePath?: string;
  /** Expose POST /__control/{reset,expire-tokens,touch/{resource}/{id},change-schema}. */
  enableControlRoutes?: boolean;
  /** Clock in ms since the epoch (default Date.now); lets tests move time forward. */
  now?: () => number;
  /** Seed options (default: the full demo data set; `{orders: 500}` builds faster for UI tests). */
  seed?: SeedOptions;
  /** Further dialect faces over the same store and tokens, each under its own path prefix (default: litestar-admin at /admin/api). */
  faces?: FaceFactory[];
  /** Start from this saved state instead of the seed (the demo's data from an earlier visit). */
  snapshot?: ReferenceSnapshot;
}

/** The backend's data and the state that keeps its tokens valid, as plain values. */
export interface ReferenceSnapshot {
  version: typeof REFERENCE_SNAPSHOT_VERSION;
  store: StoreSnapshot;
  tokens: TokenSnapshot;
}

/** Bumped when the seed's collections change shape, so an older saved state is not restored. */
export const REFERENCE_SNAPSHOT_VERSION = 1;

/** What a dialect face gets: the shared store, token authority and clock. */
export interface FaceContext {
  store: Store;
  tokens: TokenAuthority;
  now: () => number;
  options: ReferenceOptions;
}

/** A dialect face mounted under `prefix` (e.g. "/admin/api"); `path` is the full path after basePath. */
export interface Face {
  prefix: string;
  handle(request: Request, path: string): Promise<Response>;
  /** The face's own error body for 429 / simulated 500 (default: the Craft Easy envelope). */
  error?(status: number, code: string, message: string, headers: Record<string, string>): Response;
}

export type FaceFactory = (context: FaceContext) => Face;

export interface ReferenceBackend {
  handle(request: Request): Promise<Response>;
  /** `handle` with the signature of the global fetch, to inject as the app's fetch in demo mode. */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  store: Store;
  tokens: TokenAuthority;
  control: ReferenceControl;
  snapshot(): ReferenceSnapshot;
  /** Replace the data and token state with a snapshot's (another tab saved newer data). */
  restore(snapshot: ReferenceSnapshot): void;
}

const WRITE_METHODS = new Set(["POST", "PATCH", "PUT", "DELETE"]);

function normaliseBasePath(base: string | undefined): string {
  if (!base) return "";
  const trimmed = base.replace(/\/+$/, "");
  return trimmed === "" ? "" : trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}

/** A resource write, as failEvery counts them (sign-in and schema routes are not). */
function isResourceWrite(method: string, local: string): boolean {
  return WRITE_METHODS.has(method) && !local.startsWith("/auth/") && !local.startsWith("/admin/") && !local.startsWith("/api/auth/");
}

function errorFor(face: Face | undefined, status: number, code: string, message: string, details: unknown, headers: Record<string, string>): Response {
  return face?.error ? face.error(status, code, message, headers) : craftEasyError(status, code, message, details, headers);
}

/** The rate limit and failEvery: an answer in place of the route's, and headers for every answer. */
function createGuards(options: ReferenceOptions, now: () => number): (face: Face | undefined, method: string, local: string) => { response?: Response; headers: Record<string, string> } {
  const countRequest = options.rateLimit ? createFixedWindow(options.rateLimit, now) : null;
  let writes = 0;
  return (face, method, local) => {
    let headers: Record<string, string> = {};
    if (countRequest && method !== "OPTIONS") {
      const hit = countRequest();
      headers = { "X-RateLimit-Limit": hit.headers.limit, "X-RateLimit-Remaining": hit.headers.remaining, "X-RateLimit-Reset": hit.headers.reset };
      if (hit.limited) {
        const response = errorFor(face, 429, "RATE_LIMITED", `Too many requests; retry in ${hit.retryAfter} s`, { retry_after: hit.retryAfter }, { ...headers, "Retry-After": String(hit.retryAfter) });
        return { response, headers };
      }
    }
    if (isResourceWrite(method, local) && options.failEvery && options.failEvery > 0) {
      writes += 1;
      if (writes % options.failEvery === 0) return { response: errorFor(face, 500, "INTERNAL_ERROR", "Simulated server failure (failEvery)", undefined, headers), headers };
    }
    return { headers };
  };
}

export function createReferenceBackend(options: ReferenceOptions = {}): ReferenceBackend {
  const now = options.now ?? (() => Date.now());
  const basePath = normaliseBasePath(options.basePath);
  const store = createStore({ now });
  const tokens = createTokenAuthority({ now, ttlSeconds: options.tokenTtlSeconds ?? 1800 });
  const restore = (snapshot: ReferenceSnapshot): void => {
    store.restore(snapshot.store);
    tokens.restore(snapshot.tokens);
  };
  if (options.snapshot) {
    defineCollections(store);
    restore(options.snapshot);
  } else {
    seedStore(store, options.seed);
  }
  let handled = 0;
  const { control, schemaTransform } = createControl({ store, tokens, seed: options.seed, requestCount: () => handled });
  const craftEasy = createCraftEasyHandler(store, {
    tokens,
    idKey: options.idKey ?? "id",
    verifyPath: options.verifyPath ?? "/auth/login/verify",
    searchParam: options.searchParam,
    schemaTransform,
  });
  const faces = (options.faces ?? [litestarFace()]).map((make) => make({ store, tokens, now, options }));
  const faceFor = (path: string): Face | undefined => faces.find((f) => path === f.prefix || path.startsWith(`${f.prefix}/`));
  const guard = createGuards(options, now);

  const controlAnswer = (method: string, pathname: string): Response | null => {
    if (!options.enableControlRoutes) return null;
    const direct = controlRoute(control, store, method, pathname);
    if (direct || !basePath || !pathname.startsWith(`${basePath}/__control/`)) return direct;
    return controlRoute(control, store, method, pathname.slice(basePath.length));
  };

  const handle = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const controlled = controlAnswer(method, url.pathname);
    if (controlled) return controlled;
    if (options.latencyMs && options.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    handled += 1;
    let path = url.pathname;
    if (basePath) {
      if (path !== basePath && !path.startsWith(`${basePath}/`)) return craftEasyError(404, "NOT_FOUND", `No route ${path}`, { path });
      path = path.slice(basePath.length) || "/";
    }
    const face = faceFor(path);
    const guarded = guard(face, method, face ? path.slice(face.prefix.length) || "/" : path);
    if (guarded.response) return guarded.response;
    let response: Response;
    try {
      response = face ? await face.handle(request, path) : await craftEasy(request, path);
    } catch (e) {
      response = errorFor(face, 500, "INTERNAL_ERROR", e instanceof Error ? e.message : "Internal error", undefined, {});
    }
    return withHeaders(response, guarded.headers);
  };

  const fetchLike = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> =>
    handle(input instanceof Request && init === undefined ? input : new Request(input, init));

  const snapshot = (): ReferenceSnapshot => ({ version: REFERENCE_SNAPSHOT_VERSION, store: store.snapshot(), tokens: tokens.snapshot() });
  return { handle, fetch: fetchLike, store, tokens, control, snapshot, restore };
}
