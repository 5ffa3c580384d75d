// The HTTP client every adapter uses: base URL, auth headers supplied by the adapter, refresh once
// on an auth failure (one refresh in flight, shared by concurrent requests), 429 waits and bounded
// retries for requests that are safe to repeat (reads, and writes made conditional by If-Match),
// ETag / If-Match / If-None-Match / 304, abort signals passed through, and every failure
// normalised into `ApiError`.
//
// Calling convention: the injected fetch is ALWAYS called with exactly one argument, a `Request`
// object (`fetchImpl(new Request(url, init))`). So `globalThis.fetch` and the in-browser demo
// backend's `handle(request)` are both valid implementations.
import { ApiError } from "./api-error.ts";
import type { RateLimitNotice } from "./types.ts";
import { createRateLimiter, type Sleep } from "./rate-limiter.ts";
import { toApiError, withAuthLost, withoutAuthLost, abortedError } from "./api-error.ts";
import { untilAborted } from "./until-aborted.ts";
import { t } from "./messages.ts";

export type FetchLike = (request: Request) => Promise<Response>;

export type HttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";

export type QueryScalar = string | number | boolean;
export type QueryValue = QueryScalar | null | undefined | readonly QueryScalar[];
/** Plain object (undefined skipped, arrays repeat the key), URLSearchParams, or ordered pairs. */
export type QueryParams = Record<string, QueryValue> | URLSearchParams | readonly (readonly [string, string])[];

/** Supplied by the adapter: how to authenticate, and how to recover when that fails. */
export interface AuthHook {
  /** Headers to add to every authenticated request (e.g. `X-API-Key: <jwt>`). */
  headers(): Record<string, string>;
  /** Obtain a new token. Resolve true when one is in place, false when the session is over. */
  refresh(): Promise<boolean>;
  /** Whether this failure means "credentials invalid; refresh and retry". */
  isAuthFailure(error: ApiError): boolean;
  /** The session is gone (refresh failed, or the retried request failed again). */
  onAuthLost?(error: ApiError): void;
  /** `credentials` mode for fetch, e.g. "include" for cookie sessions. */
  credentials?(): RequestCredentials | undefined;
}

/** One 429 wait (same shape as the Backend's `RateLimitNotice`). */
export type RateLimitEvent = RateLimitNotice;

export interface HttpClientOptions {
  /** API root; a trailing slash is dropped. May be relative ("/api"), resolved against location. */
  baseUrl: string;
  fetch?: FetchLike;
  auth?: AuthHook | null;
  /** Injectable for tests (default: setTimeout, abortable). */
  sleep?: Sleep;
  /** Injectable clock (ms since epoch). */
  now?: () => number;
  /** Max retries after a 429 for one request that is safe to repeat (default 3). */
  maxRateLimitRetries?: number;
  /** A 429 that asks for a longer wait is not retried automatically (default 60 s). */
  maxRateLimitWaitMs?: number;
  /** Headers added to every request (before auth headers). */
  defaultHeaders?: Record<string, string>;
  onRateLimited?: (event: RateLimitEvent) => void;
}

export interface RequestSpec {
  method?: HttpMethod;
  /** Path relative to the base URL (may carry its own `?query`), or an absolute http(s) URL. */
  path: string;
  query?: QueryParams;
  /** JSON body (sets Content-Type: application/json). */
  json?: unknown;
  /** Raw body (FormData, Blob, string…); ignored when `json` is given. */
  body?: BodyInit;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Sent verbatim (quotes and W/ kept). */
  ifMatch?: string | null;
  ifNoneMatch?: string | null;
  /**
   * Whether a 429 may be waited out and the request sent again: true for any method (e.g. a POST
   * the protocol makes idempotent), false never. Default: reads (GET/HEAD/OPTIONS), and
   * PUT/PATCH/DELETE carrying If-Match (a repeat the server will refuse with 412 if the record
   * changed meanwhile); never a plain write or a POST.
   */
  idempotent?: boolean;
  /** No auth headers, no refresh, never `authLost` (sign-in steps, probes, bootstrap). */
  anonymous?: boolean;
  /** Refresh + retry on an auth failure (default true; false for the refresh call itself). */
  retryOnAuthFailure?: boolean;
  /** How to read a 2xx body (default "json": parsed JSON, null when empty). */
  responseType?: "json" | "text" | "blob" | "none";
}

export interface HttpResponse<T = unknown> {
  status: number;
  data: T;
  /** The ETag header verbatim, or null when absent/unreadable. */
  etag: string | null;
  headers: Headers;
  /** 304 Not Modified (data is null). */
  notModified: boolean;
  url: string;
}

export interface HttpClient {
  readonly baseUrl: string;
  request<T = unknown>(spec: RequestSpec): Promise<HttpResponse<T>>;
  get<T = unknown>(path: string, spec?: Omit<RequestSpec, "path" | "method">): Promise<HttpResponse<T>>;
  post<T = unknown>(path: string, json?: unknown, spec?: Omit<RequestSpec, "path" | "method" | "json">): Promise<HttpResponse<T>>;
  put<T = unknown>(path: string, json?: unknown, spec?: Omit<RequestSpec, "path" | "method" | "json">): Promise<HttpResponse<T>>;
  patch<T = unknown>(path: string, json?: unknown, spec?: Omit<RequestSpec, "path" | "method" | "json">): Promise<HttpResponse<T>>;
  delete<T = unknown>(path: string, spec?: Omit<RequestSpec, "path" | "method">): Promise<HttpResponse<T>>;
  /** Absolute URL for a path + query (what `request` would call). */
  url(path: string, query?: QueryParams): string;
  setAuth(auth: AuthHook | null): void;
  /** Run the auth hook's refresh; concurrent callers share one in-flight refresh. */
  refreshAuth(): Promise<boolean>;
  onRateLimited(listener: (event: RateLimitEvent) => void): () => void;
  onAuthLost(listener: (error: ApiError) => void): () => void;
}

const READS = new Set(["GET", "HEAD", "OPTIONS"]);
const CONDITIONAL_WRITES = new Set(["PUT", "PATCH", "DELETE"]);

/** Whether a 429 answer to this request may be waited out and the request sent again. */
export function retriesOn429(method: string, spec: Pick<RequestSpec, "idempotent" | "ifMatch" | "headers">): boolean {
  if (spec.idempotent !== undefined) return spec.idempotent;
  if (READS.has(method)) return true;
  const conditional = Boolean(spec.ifMatch) || Object.keys(spec.headers ?? {}).some((k) => k.toLowerCase() === "if-match");
  return CONDITIONAL_WRITES.has(method) && conditional;
}

export const defaultSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortedError(signal.reason));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortedError(signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener("abort", onAbort, { once: true });
  });

/** Drop trailing slashes; keep relative bases as given. */
export function normalizeBaseUrl(baseUrl: string): string {
  return baseUrl.trim().replace(/\/+$/, "");
}

function resolveAbsolute(url: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  const loc = (globalThis as { location?: { href?: string } }).location?.href;
  if (!loc) throw new Error(`Cannot resolve the relative API URL "${url}" outside a browser; configure an absolute URL.`);
  return new URL(url || "/", loc).toString();
}

/** Join base and path with exactly one slash; absolute path URLs win. */
export function joinUrl(baseUrl: string, path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  const base = normalizeBaseUrl(baseUrl);
  if (path === "" || path === "/") return base === "" ? "/" : base;
  const p = path.replace(/^\/+/, "");
  return `${base}/${p}`;
}

export function appendQuery(url: string, query?: QueryParams): string {
  if (!query) return url;
  const params = new URLSearchParams();
  if (query instanceof URLSearchParams) {
    query.forEach((v, k) => params.append(k, v));
  } else if (Array.isArray(query)) {
    for (const [k, v] of query as readonly (readonly [string, string])[]) params.append(k, v);
  } else {
    for (const [k, v] of Object.entries(query as Record<string, QueryValue>)) {
      if (v === undefined) continue;
      if (Array.isArray(v)) for (const x of v as readonly QueryScalar[]) params.append(k, String(x));
      else params.append(k, v === null ? "null" : String(v));
    }
  }
  const qs = params.toString();
  if (qs === "") return url;
  const hash = url.indexOf("#");
  const head = hash >= 0 ? url.slice(0, hash) : url;
  return `${head}${head.includes("?") ? "&" : "?"}${qs}`;
}

function sameHeaders(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  if (ka.length !== kb.length) return false;
  return ka.every((k, i) => k === kb[i] && a[k] === b[k]);
}

interface Outgoing {
  spec: RequestSpec;
  method: string;
  target: string;
  defaultHeaders?: Record<string, string>;
  authHeaders: Record<string, string>;
  credentials?: RequestCredentials;
}

function headersFor({ spec, defaultHeaders, authHeaders }: Outgoing): Headers {
  const headers = new Headers(defaultHeaders);
  headers.set("Accept", "application/json");
  for (const [k, v] of Object.entries(authHeaders)) headers.set(k, v);
  if (spec.headers) for (const [k, v] of Object.entries(spec.headers)) headers.set(k, v);
  if (spec.ifMatch) headers.set("If-Match", spec.ifMatch);
  if (spec.ifNoneMatch) headers.set("If-None-Match", spec.ifNoneMatch);
  if (spec.json !== undefined) headers.set("Content-Type", "application/json");
  return headers;
}

function buildRequest(out: Outgoing): { request: Request; manualSignal: AbortSignal | undefined } {
  const { spec, method, target, credentials } = out;
  const body = spec.json !== undefined ? JSON.stringify(spec.json) : spec.body;
  const init: RequestInit = { method, headers: headersFor(out), body, signal: spec.signal };
  if (credentials) init.credentials = credentials;
  try {
    return { request: new Request(target, init), manualSignal: undefined };
  } catch (e) {
    // Some environments (jsdom) reject an AbortSignal from another realm: honour it by hand.
    if (!spec.signal) throw e;
    return { request: new Request(target, { ...init, signal: undefined }), manualSignal: spec.signal };
  }
}

async function readBody(response: Response, spec: RequestSpec, method: string, target: string): Promise<unknown> {
  const type = spec.responseType ?? "json";
  if (type === "none" || response.status === 204 || response.status === 304 || method === "HEAD") {
    if (type === "blob" && response.status !== 204 && response.status !== 304) return await response.blob();
    return null;
  }
  if (type === "blob") return await response.blob();
  const text = await response.text();
  if (type === "text") return text;
  if (text.trim() === "") return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError({
      status: response.status,
      code: "BAD_RESPONSE",
      message: t("invalidJson", { method, target }),
      details: text.slice(0, 500),
    });
  }
}

function isSuccess(status: number): boolean {
  return (status >= 200 && status < 300) || status === 304;
}

/** A 2xx or 304 answer, its body read as the request asked. */
async function readSuccess<T>(response: Response, spec: RequestSpec, method: string, target: string): Promise<HttpResponse<T>> {
  let data: unknown;
  try {
    data = await readBody(response, spec, method, target);
  } catch (e) {
    throw toApiError(e, spec.signal);
  }
  return {
    status: response.status,
    data: data as T,
    etag: response.headers.get("ETag"),
    headers: response.headers,
    notModified: response.status === 304,
    url: target,
  };
}

/** Per-request retry bookkeeping. */
interface Attempts {
  authRetried: boolean;
  rateLimited: number;
  /** This request has just served the pause it caused. */
  waited: boolean;
}

export function createHttpClient(opts: HttpClientOptions): HttpClient {
  const baseUrl = normalizeBaseUrl(opts.baseUrl);
  const fetchImpl: FetchLike = opts.fetch ?? ((req: Request) => globalThis.fetch(req));
  const sleep = opts.sleep ?? defaultSleep;
  const now = opts.now ?? Date.now;
  let auth: AuthHook | null = opts.auth ?? null;
  let refreshInFlight: Promise<boolean> | null = null;
  const limiter = createRateLimiter({ sleep, now, maxRetries: opts.maxRateLimitRetries ?? 3, maxWaitMs: opts.maxRateLimitWaitMs ?? 60_000 });
  const lostListeners = new Set<(e: ApiError) => void>();
  if (opts.onRateLimited) limiter.listen(opts.onRateLimited);

  function url(path: string, query?: QueryParams): string {
    return appendQuery(resolveAbsolute(joinUrl(baseUrl, path)), query);
  }

  async function send(spec: RequestSpec, method: string, target: string, authHeaders: Record<string, string>): Promise<Response> {
    try {
      const credentials = spec.anonymous ? undefined : auth?.credentials?.();
      const { request, manualSignal } = buildRequest({ spec, method, target, defaultHeaders: opts.defaultHeaders, authHeaders, credentials });
      const pending = fetchImpl(request);
      return await (manualSignal ? untilAborted(pending, manualSignal, (s) => abortedError(s.reason)) : pending);
    } catch (e) {
      throw toApiError(e, spec.signal);
    }
  }

  function refreshAuth(): Promise<boolean> {
    if (!auth) return Promise.resolve(false);
    if (!refreshInFlight) {
      const hook = auth;
      refreshInFlight = (async () => {
        try {
          return await hook.refresh();
        } finally {
          refreshInFlight = null;
        }
      })();
    }
    return refreshInFlight;
  }

  function loseSession(error: ApiError): ApiError {
    const lost = withAuthLost(error);
    auth?.onAuthLost?.(lost);
    for (const l of [...lostListeners]) l(lost);
    return lost;
  }

  /** After an auth failure: true when the request should be sent again (after one shared refresh). */
  async function recoverAuth(error: ApiError, spec: RequestSpec, sentAuth: Record<string, string>, attempts: Attempts): Promise<boolean> {
    if (spec.anonymous || !auth || spec.retryOnAuthFailure === false || !auth.isAuthFailure(error)) return false;
    if (attempts.authRetried) throw loseSession(error);
    attempts.authRetried = true;
    // Another request refreshed while this one was in flight: just retry with the new token.
    if (!sameHeaders(sentAuth, auth.headers())) return true;
    if (!(await refreshAuth())) throw loseSession(error);
    return true;
  }

  async function request<T = unknown>(spec: RequestSpec): Promise<HttpResponse<T>> {
    const method = (spec.method ?? "GET").toUpperCase();
    const target = url(spec.path, spec.query);
    const limited = { method, url: target, retryable: retriesOn429(method, spec), signal: spec.signal };
    const attempts: Attempts = { authRetried: false, rateLimited: 0, waited: false };

    for (;;) {
      if (spec.signal?.aborted) throw abortedError(spec.signal.reason);
      if (!attempts.waited) await limiter.waitForPause(spec.signal);
      attempts.waited = false;

      const sentAuth = spec.anonymous || !auth ? {} : auth.headers();
      const response = await send(spec, method, target, sentAuth);
      if (isSuccess(response.status)) return await readSuccess<T>(response, spec, method, target);

      // the error readers load with the first failed answer: no first screen needs them
      const { errorFromResponse } = await import("./normalize-error.ts");
      let error = await errorFromResponse(response, { url: target, method, now });
      if (spec.anonymous) error = withoutAuthLost(error);
      if (response.status === 429) {
        attempts.rateLimited += 1;
        await limiter.afterRateLimited(error, limited, attempts.rateLimited);
        attempts.waited = true;
        continue;
      }
      if (await recoverAuth(error, spec, sentAuth, attempts)) continue;
      throw error;
    }
  }

  return {
    baseUrl,
    request,
    get: (path, spec) => request({ ...spec, path, method: "GET" }),
    post: (path, json, spec) => request({ ...spec, path, json, method: "POST" }),
    put: (path, json, spec) => request({ ...spec, path, json, method: "PUT" }),
    patch: (path, json, spec) => request({ ...spec, path, json, method: "PATCH" }),
    delete: (path, spec) => request({ ...spec, path, method: "DELETE" }),
    url,
    setAuth(next) {
      auth = next;
    },
    refreshAuth,
    onRateLimited: (listener) => limiter.listen(listener),
    onAuthLost(listener) {
      lostListeners.add(listener);
      return () => lostListeners.delete(listener);
    },
  };
}
