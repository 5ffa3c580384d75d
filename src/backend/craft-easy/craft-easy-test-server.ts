// The mock Craft Easy server and helpers the adapter's tests share (not imported by app code):
// MSW answers, a recording fetch, a backend factory, token answers and a sign-in.
import { afterAll, afterEach, beforeAll, vi } from "vitest";
import { setupServer } from "msw/node";
import { http, HttpResponse } from "msw";
import type { DefaultBodyType, StrictRequest } from "msw";
import type { AdminSchema } from "../../protocol/types.ts";
import { createCraftEasyBackend } from "./craft-easy-backend.ts";
import type { CraftEasyBackendOptions } from "./craft-easy-backend.ts";
import { makeJwt } from "./craft-easy-test-fixtures.ts";

export const BASE = "http://craft.test";
export const server = setupServer();

/** Starts the mock server for the calling test file, resetting its handlers after each test. */
export function startCraftEasyServer(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    server.resetHandlers();
    vi.useRealTimers();
  });
  afterAll(() => server.close());
}

export const identity = (raw: unknown): AdminSchema => raw as AdminSchema;

export interface Seen {
  method: string;
  url: string;
  raw: string;
  headers: Headers;
  body: unknown;
}

let seenLog: Seen[] = [];

/** Requests made through the adapter's fetch from now on (decoded URL, parsed JSON body). */
export function recorder(): Seen[] {
  seenLog = [];
  return seenLog;
}

/** The injected fetch: records each Request (body read first), then lets MSW answer it. */
async function recordingFetch(request: Request): Promise<Response> {
  const text = await request.clone().text();
  seenLog.push({
    method: request.method,
    url: decodeURIComponent(request.url.replace(/\+/g, "%20")),
    raw: request.url,
    headers: request.headers,
    body: text === "" ? undefined : (JSON.parse(text) as unknown),
  });
  return fetch(request);
}

export function backend(extra: Partial<CraftEasyBackendOptions> = {}) {
  return createCraftEasyBackend({ baseUrl: `${BASE}/`, validateSchema: identity, storage: localStorage, fetch: recordingFetch, ...extra });
}

export const err = (status: number, code: string, message = code) => HttpResponse.json({ error: { code, message }, request_id: "rq" }, { status });

export const future = (ms: number) => new Date(Date.now() + ms).toISOString();

export function tokenResponse(claims: Record<string, unknown>, opts: { type?: string; expiresIn?: number; requires2fa?: boolean } = {}) {
  return {
    token: makeJwt(claims),
    token_type: opts.type ?? "user",
    expires: future(opts.expiresIn ?? 30 * 60_000),
    requires_2fa: opts.requires2fa ?? false,
  };
}

export async function signIn(b: ReturnType<typeof backend>, claims: Record<string, unknown> = { user_id: "u1", scope: "system" }) {
  server.use(http.post(`${BASE}/auth/login/verify`, () => HttpResponse.json(tokenResponse(claims))));
  const r = await b.login({ step: "verify-code", target: "ada@example.com", code: "123456" });
  if (r.status !== "signed-in") throw new Error("not signed in");
  return r.user;
}

export async function bodyOf(request: StrictRequest<DefaultBodyType>): Promise<unknown> {
  const t = await request.text();
  return t === "" ? undefined : (JSON.parse(t) as unknown);
}
