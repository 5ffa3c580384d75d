// The wire-level test setup for the reference backend, both dialects: a seeded backend (or a
// standalone litestar handler), raw wire calls with each dialect's token transport, and sign-in on
// the wire. A client adapter signed in over the reference is src/testing/reference-adapters.ts.
// Test support only: production code never imports this file.
import { DEMO_OTP_CODE } from "../demo-credentials.ts";
import { createLitestarHandler } from "../litestar/litestar-handler.ts";
import type { LitestarHandler, LitestarHandlerOptions } from "../litestar/litestar-handler.ts";
import { LITESTAR_DEMO_PASSWORDS } from "../litestar/litestar-demo.ts";
import { createReferenceBackend } from "../reference-backend.ts";
import type { ReferenceBackend, ReferenceOptions } from "../reference-backend.ts";
import { seedStore } from "../seed/seed.ts";
import { createStore } from "../store/store.ts";

/** Origin of every request the helpers build (the backend routes by path only). */
export const TEST_ORIGIN = "http://api.test";

export const ADMIN_EMAIL = "admin@example.com";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke into JSON freely
export type Json = any;

export type Handle = (request: Request) => Promise<Response>;

/** A reference backend, a litestar handler, or a bare handle function. */
export type Target = Handle | { handle: Handle };

export interface WireAnswer {
  status: number;
  headers: Headers;
  /** The `content-type` header ("" when absent). */
  contentType: string;
  text: string;
  /** The body parsed as JSON; null when empty or not JSON. */
  json: Json;
}

export interface WireInit {
  method?: string;
  /** Sent as JSON; a string is sent as it is (to send malformed JSON). */
  body?: unknown;
  headers?: Record<string, string>;
}

/** A reference backend with a small order table unless the options say otherwise. */
export function testReference(options: ReferenceOptions = {}): ReferenceBackend {
  return createReferenceBackend({ seed: { orders: 300 }, ...options });
}

/** The litestar handler on its own store (no Craft Easy face, no shared token authority). */
export function standaloneLitestar(options: LitestarHandlerOptions = {}): LitestarHandler {
  const store = createStore();
  seedStore(store, { orders: 50 });
  return createLitestarHandler(store, options);
}

function handleOf(target: Target): Handle {
  return typeof target === "function" ? target : (request) => target.handle(request);
}

function parseJson(text: string): Json {
  try {
    return text ? (JSON.parse(text) as Json) : null;
  } catch {
    return null;
  }
}

/** A handle that sends each request over real HTTP to `baseUrl` (the Node reference server). */
export function overHttp(baseUrl: string): Handle {
  return (request) => {
    const url = new URL(request.url);
    return fetch(new Request(`${baseUrl}${url.pathname}${url.search}`, request));
  };
}

/** One request through the target's handle; the answer read to the end. */
export async function send(target: Target, path: string, init: WireInit = {}): Promise<WireAnswer> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.body !== undefined) headers["Content-Type"] = "application/json";
  const body = init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body);
  const res = await handleOf(target)(new Request(`${TEST_ORIGIN}${path}`, { method: init.method ?? "GET", headers, body }));
  const text = await res.text();
  return { status: res.status, headers: res.headers, contentType: res.headers.get("content-type") ?? "", text, json: parseJson(text) };
}

/** Craft Easy: the token travels in `X-API-Key` (craft-easy.md §4.1). */
export function craftEasyCall(target: Target, path: string, init: WireInit & { token?: string | null } = {}): Promise<WireAnswer> {
  const { token, ...rest } = init;
  return send(target, path, token ? { ...rest, headers: { ...rest.headers, "X-API-Key": token } } : rest);
}

/** litestar-admin: `Authorization: Bearer` (litestar-admin.md §3.2). */
export function litestarCall(target: Target, method: string, path: string, init: Omit<WireInit, "method"> & { token?: string | null } = {}): Promise<WireAnswer> {
  const { token, ...rest } = init;
  return send(target, path, { ...rest, method, headers: token ? { ...rest.headers, Authorization: `Bearer ${token}` } : rest.headers });
}

/** The id of the first item a Craft Easy list answers. */
export async function craftEasyFirstId(target: Target, token: string, path: string): Promise<string> {
  const res = await craftEasyCall(target, path, { token });
  return res.json.items[0].id as string;
}

/** The ETag a Craft Easy GET answers (throws unless it answers 200). */
export async function craftEasyEtag(target: Target, token: string, path: string): Promise<string> {
  const res = await craftEasyCall(target, path, { token });
  const etag = res.headers.get("ETag");
  if (res.status !== 200 || etag === null) throw new Error(`GET ${path}: ${res.status} ${res.text}`);
  return etag;
}

/** A clock the test moves forward by hand. */
export function testClock(start = Date.parse("2026-03-05T10:00:00Z")): { now: () => number; advance: (seconds: number) => void } {
  let t = start;
  return {
    now: () => t,
    advance: (seconds) => {
      t += seconds * 1000;
    },
  };
}

/** The e-mail OTP flow on the wire; returns the user token. */
export async function craftEasySignIn(target: Target, options: { email?: string; verifyPath?: string; prefix?: string } = {}): Promise<string> {
  const { email = ADMIN_EMAIL, verifyPath = "/auth/login/verify", prefix = "" } = options;
  await craftEasyCall(target, `${prefix}/auth/login/email`, { method: "POST", body: { email, application: "test" } });
  const res = await craftEasyCall(target, `${prefix}${verifyPath}`, { method: "POST", body: { target: email, code: DEMO_OTP_CODE, application: "test" } });
  const token = (res.json as { token?: string } | null)?.token;
  if (!token) throw new Error(`sign-in failed: ${res.status} ${res.text}`);
  return token;
}

/** The id of the first record a litestar list answers. */
export async function litestarFirstId(target: Target, token: string, model: string): Promise<string> {
  const r = await litestarCall(target, "GET", `/admin/api/models/${model}?limit=1`, { token });
  return r.json.items[0].id as string;
}

/** The password login on the wire; returns the access and refresh tokens. */
export async function litestarSignIn(target: Target, email = ADMIN_EMAIL, password = LITESTAR_DEMO_PASSWORDS[email] ?? ""): Promise<{ access: string; refresh: string }> {
  const r = await litestarCall(target, "POST", "/admin/api/auth/login", { body: { email, password } });
  if (r.status !== 200) throw new Error(`sign-in failed: ${r.status} ${r.text}`);
  return { access: r.json.access_token as string, refresh: r.json.refresh_token as string };
}
