// The reference backend: one fetch-style function (Web Request → Response) over an in-memory
// store with seeded demo data. Serves MSW handlers in tests, the in-browser demo (inject
// `handle` as the app's fetch) and the Node server in tests/server. Browser-safe: no node: imports.
import type { AdminSchema } from "../protocol/types.ts";
import { createCraftEasyHandler } from "./craft-easy/craft-easy-handler.ts";
import { craftEasyError, jsonResponse } from "./craft-easy/responses.ts";
import type { VerifyPath } from "./craft-easy/types.ts";
import { seedStore } from "./seed.ts";
import type { SeedOptions } from "./seed.ts";
import { createStore, StoreError } from "./store.ts";
import type { Store } from "./store.ts";
import { createTokenAuthority } from "./tokens.ts";
import type { TokenAuthority } from "./tokens.ts";
import type { DemoUser } from "./users.ts";
import { litestarFace } from "./litestar/litestar-face.ts";

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
  rateLimit?: { max: number; windowSeconds: number };
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
}

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

export type SchemaTransform = (schema: AdminSchema, user: DemoUser) => AdminSchema;

export interface ReferenceControl {
  /** Clear the store and seed it again (tokens stay valid). */
  reset(): void;
  /** Every token issued so far answers 401 from now on. */
  expireTokens(): void;
  /** Bump a record's revision (as if another tab saved it). Returns the new ETag value, e.g. `"2"`. */
  touch(resource: string, id: string): string;
  /** Apply a transform to every user's schema (null removes it); the schema ETag changes. */
  setSchemaTransform(transform: SchemaTransform | null): void;
  /** A ready-made schema change: bumps the title with a counter ("… (schema v2)"). */
  changeSchema(): void;
  /** Requests handled so far (excluding control routes). */
  requestCount(): number;
}

export interface ReferenceBackend {
  handle(request: Request): Promise<Response>;
  /** `handle` with the signature of the global fetch, to inject as the app's fetch in demo mode. */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  store: Store;
  tokens: TokenAuthority;
  control: ReferenceControl;
}

const WRITE_METHODS = new Set(["POST", "PATCH", "PUT", "DELETE"]);

function normaliseBasePath(base: string | undefined): string {
  if (!base) return "";
  const trimmed = base.replace(/\/+$/, "");
  return trimmed === "" ? "" : trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}

export function createReferenceBackend(options: ReferenceOptions = {}): ReferenceBackend {
  const now = options.now ?? (() => Date.now());
  const basePath = normaliseBasePath(options.basePath);
  const store = createStore({ now });
  seedStore(store, options.seed);
  const tokens = createTokenAuthority({ now, ttlSeconds: options.tokenTtlSeconds ?? 1800 });
  let transform: SchemaTransform | null = null;
  let schemaChanges = 0;
  const craftEasy = createCraftEasyHandler(store, {
    tokens,
    idKey: options.idKey ?? "id",
    verifyPath: options.verifyPath ?? "/auth/login/verify",
    searchParam: options.searchParam,
    schemaTransform: () => transform,
  });

  const faces = (options.faces ?? [litestarFace()]).map((make) => make({ store, tokens, now, options }));
  const faceFor = (path: string): Face | undefined => faces.find((f) => path === f.prefix || path.startsWith(`${f.prefix}/`));
  const errorFor = (face: Face | undefined, status: number, code: string, message: string, details: unknown, headers: Record<string, string>): Response =>
    face?.error ? face.error(status, code, message, headers) : craftEasyError(status, code, message, details, headers);

  let handled = 0;
  let writes = 0;
  let windowStart = 0;
  let windowCount = 0;

  const control: ReferenceControl = {
    reset() {
      store.clear();
      seedStore(store, options.seed);
    },
    expireTokens() {
      tokens.expireAll();
    },
    touch(resource, id) {
      return `"${store.touch(resource, id).revision}"`;
    },
    setSchemaTransform(t) {
      transform = t;
    },
    changeSchema() {
      schemaChanges += 1;
      const n = schemaChanges + 1;
      transform = (schema) => ({ ...schema, title: `${schema.title.replace(/ \(schema v\d+\)$/, "")} (schema v${n})` });
    },
    requestCount: () => handled,
  };

  const controlRoute = (method: string, path: string): Response | null => {
    if (!path.startsWith("/__control/")) return null;
    if (method === "OPTIONS") return new Response(null, { status: 204 });
    if (method !== "POST") return jsonResponse(405, { error: { code: "METHOD_NOT_ALLOWED", message: "Use POST" } });
    const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
    try {
      if (parts[1] === "reset" && parts.length === 2) {
        control.reset();
        return jsonResponse(200, { ok: true });
      }
      if (parts[1] === "expire-tokens" && parts.length === 2) {
        control.expireTokens();
        return jsonResponse(200, { ok: true });
      }
      if (parts[1] === "change-schema" && parts.length === 2) {
        control.changeSchema();
        return jsonResponse(200, { ok: true });
      }
      if (parts[1] === "touch" && parts.length === 4 && store.has(parts[2]!)) {
        return jsonResponse(200, { ok: true, etag: control.touch(parts[2]!, parts[3]!) });
      }
    } catch (e) {
      if (e instanceof StoreError) return jsonResponse(404, { error: { code: e.code, message: e.message, details: e.details } });
      throw e;
    }
    return jsonResponse(404, { error: { code: "NOT_FOUND", message: `Unknown control route ${path}` } });
  };

  const rateHeaders = (remaining: number, resetAt: number): Record<string, string> =>
    options.rateLimit
      ? { "X-RateLimit-Limit": String(options.rateLimit.max), "X-RateLimit-Remaining": String(Math.max(0, remaining)), "X-RateLimit-Reset": String(Math.ceil(resetAt / 1000)) }
      : {};

  const withHeaders = (response: Response, headers: Record<string, string>): Response => {
    if (Object.keys(headers).length === 0) return response;
    const merged = new Headers(response.headers);
    for (const [k, v] of Object.entries(headers)) merged.set(k, v);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers: merged });
  };

  const handle = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    if (options.enableControlRoutes) {
      const direct = controlRoute(method, url.pathname);
      if (direct) return direct;
      if (basePath && url.pathname.startsWith(`${basePath}/__control/`)) {
        const prefixed = controlRoute(method, url.pathname.slice(basePath.length));
        if (prefixed) return prefixed;
      }
    }
    if (options.latencyMs && options.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    handled += 1;

    let path = url.pathname;
    if (basePath) {
      if (path !== basePath && !path.startsWith(`${basePath}/`)) return craftEasyError(404, "NOT_FOUND", `No route ${path}`, { path });
      path = path.slice(basePath.length) || "/";
    }

    const face = faceFor(path);
    let extra: Record<string, string> = {};
    if (options.rateLimit && method !== "OPTIONS") {
      const windowMs = options.rateLimit.windowSeconds * 1000;
      const t = now();
      if (t - windowStart >= windowMs) {
        windowStart = t;
        windowCount = 0;
      }
      windowCount += 1;
      const resetAt = windowStart + windowMs;
      extra = rateHeaders(options.rateLimit.max - windowCount, resetAt);
      if (windowCount > options.rateLimit.max) {
        const retryAfter = Math.max(1, Math.ceil((resetAt - t) / 1000));
        return errorFor(face, 429, "RATE_LIMITED", `Too many requests; retry in ${retryAfter} s`, { retry_after: retryAfter }, { ...extra, "Retry-After": String(retryAfter) });
      }
    }

    const local = face ? path.slice(face.prefix.length) || "/" : path;
    const isResourceWrite = WRITE_METHODS.has(method) && !local.startsWith("/auth/") && !local.startsWith("/admin/") && !local.startsWith("/api/auth/");
    if (isResourceWrite && options.failEvery && options.failEvery > 0) {
      writes += 1;
      if (writes % options.failEvery === 0) {
        return errorFor(face, 500, "INTERNAL_ERROR", "Simulated server failure (failEvery)", undefined, extra);
      }
    }

    let response: Response;
    try {
      response = face ? await face.handle(request, path) : await craftEasy(request, path);
    } catch (e) {
      response = errorFor(face, 500, "INTERNAL_ERROR", e instanceof Error ? e.message : "Internal error", undefined, {});
    }
    return withHeaders(response, extra);
  };

  const fetchLike = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> =>
    handle(input instanceof Request && init === undefined ? input : new Request(input, init));

  return { handle, fetch: fetchLike, store, tokens, control };
}
