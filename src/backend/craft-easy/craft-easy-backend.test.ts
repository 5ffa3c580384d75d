import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { setupServer } from "msw/node";
import { http, HttpResponse } from "msw";
import type { DefaultBodyType, StrictRequest } from "msw";
import { ApiError } from "../api-error.ts";
import type { AdminSchema } from "../../protocol/types.ts";
import type { CurrentUser } from "../types.ts";
import { createCraftEasyBackend } from "./craft-easy-backend.ts";
import type { CraftEasyBackendOptions } from "./craft-easy-backend.ts";
import { auditResource, makeJwt, makeSchema, productsResource, usersResource } from "./craft-easy-test-fixtures.ts";

const BASE = "http://craft.test";
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

const identity = (raw: unknown): AdminSchema => raw as AdminSchema;

interface Seen {
  method: string;
  url: string;
  raw: string;
  headers: Headers;
  body: unknown;
}

let seenLog: Seen[] = [];

/** Requests made through the adapter's fetch from now on (decoded URL, parsed JSON body). */
function recorder(): Seen[] {
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

function backend(extra: Partial<CraftEasyBackendOptions> = {}) {
  return createCraftEasyBackend({ baseUrl: `${BASE}/`, validateSchema: identity, storage: localStorage, fetch: recordingFetch, ...extra });
}

const err = (status: number, code: string, message = code) => HttpResponse.json({ error: { code, message }, request_id: "rq" }, { status });

const future = (ms: number) => new Date(Date.now() + ms).toISOString();

function tokenResponse(claims: Record<string, unknown>, opts: { type?: string; expiresIn?: number; requires2fa?: boolean } = {}) {
  return {
    token: makeJwt(claims),
    token_type: opts.type ?? "user",
    expires: future(opts.expiresIn ?? 30 * 60_000),
    requires_2fa: opts.requires2fa ?? false,
  };
}

async function signIn(b: ReturnType<typeof backend>, claims: Record<string, unknown> = { user_id: "u1", scope: "system" }) {
  server.use(http.post(`${BASE}/auth/login/verify`, () => HttpResponse.json(tokenResponse(claims))));
  const r = await b.login({ step: "verify-code", target: "ada@example.com", code: "123456" });
  if (r.status !== "signed-in") throw new Error("not signed in");
  return r.user;
}

async function bodyOf(request: StrictRequest<DefaultBodyType>): Promise<unknown> {
  const t = await request.text();
  return t === "" ? undefined : (JSON.parse(t) as unknown);
}

describe("bootstrap", () => {
  it("reads title and auth from an anonymous schema and then uses its token header", async () => {
    const seen = recorder();
    server.use(
      http.get(`${BASE}/admin/schema`, () =>
        HttpResponse.json(makeSchema({ title: "Shop", auth: { login_endpoint: "/auth/otp/email", refresh_endpoint: "/auth/renew", token_header: "Authorization" } })),
      ),
      http.post(`${BASE}/auth/otp/email`, () => HttpResponse.json({ message: "Verification code sent", method: "email" })),
      http.get(`${BASE}/users`, () => HttpResponse.json({ items: [], total: 0, page: 1, per_page: 25 })),
    );
    const b = backend();
    const info = await b.bootstrap();
    expect(info).toEqual({ title: "Shop", login: { kind: "otp", channels: ["email"] }, authRequired: true, devCredentials: [] });
    expect(seen[0]?.headers.get("X-API-Key")).toBeNull();
    expect(seen[0]?.headers.get("Authorization")).toBeNull();
    const sent = await b.login({ step: "request-code", channel: "email", target: " ada@example.com " });
    expect(sent).toEqual({ status: "code-sent", target: "ada@example.com", message: "Verification code sent" });
    expect(seen[1]?.url).toBe(`${BASE}/auth/otp/email`);
    expect(seen[1]?.body).toEqual({ email: "ada@example.com", application: "admin-client" });
    const user = await signIn(b);
    expect(user.id).toBe("u1");
    await b.list(usersResource, { page: 1, perPage: 25 });
    const listReq = seen.at(-1);
    expect(listReq?.headers.get("Authorization")).toMatch(/^Bearer ey/);
    expect(listReq?.headers.get("X-API-Key")).toBeNull();
  });

  it("falls back to the defaults on 401", async () => {
    const seen = recorder();
    server.use(
      http.get(`${BASE}/admin/schema`, () => err(401, "AUTH_REQUIRED")),
      http.post(`${BASE}/auth/login/email`, () => HttpResponse.json({ message: "sent" })),
      http.post(`${BASE}/auth/login/sms`, () => HttpResponse.json({ message: "sent", method: "sms" })),
    );
    const b = backend({ settings: { smsEnabled: true, applicationId: "atrium" } });
    const info = await b.bootstrap();
    expect(info.title).toBe("craft.test");
    expect(info.login).toEqual({ kind: "otp", channels: ["email", "sms"] });
    await b.login({ step: "request-code", channel: "email", target: "a@b.c" });
    await b.login({ step: "request-code", channel: "sms", target: "+46701234567" });
    expect(seen.map((s) => s.url)).toEqual([`${BASE}/admin/schema`, `${BASE}/auth/login/email`, `${BASE}/auth/login/sms`]);
    expect(seen[2]?.body).toEqual({ phone: "+46701234567", application: "atrium" });
  });

  it("rethrows a network failure (status 0) instead of falling back to the sign-in defaults", async () => {
    const b = backend({ fetch: () => Promise.reject(new TypeError("Failed to fetch")) });
    const error = await b.bootstrap().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(0);
    expect((error as ApiError).message).toMatch(/^Could not reach the server/);
  });

  it("still falls back to the defaults on a 500", async () => {
    server.use(http.get(`${BASE}/admin/schema`, () => err(500, "INTERNAL")));
    const info = await backend().bootstrap();
    expect(info.title).toBe("craft.test");
  });

  it("reports no-auth mode when the schema's modules disable auth", async () => {
    server.use(http.get(`${BASE}/admin/schema`, () => HttpResponse.json(makeSchema({ modules: { AUTH_ENABLED: false } }))));
    const info = await backend().bootstrap();
    expect(info.authRequired).toBe(false);
    expect(info.login).toEqual({ kind: "none" });
  });
});

describe("sign-in", () => {
  it("verify: 404 on /auth/login/verify falls back to /auth/verify-otp and remembers it", async () => {
    const seen = recorder();
    server.use(
      http.post(`${BASE}/auth/login/verify`, () => HttpResponse.json({ detail: "Not Found" }, { status: 404 })),
      http.post(`${BASE}/auth/verify-otp`, async ({ request }) => {
        const body = (await bodyOf(request)) as { code: string };
        if (body.code !== "123456") return err(400, "INVALID_CODE", "Wrong or expired code");
        return HttpResponse.json(tokenResponse({ user_id: "u7", scope: "tenant" }));
      }),
    );
    const b = backend();
    const wrong = await b.login({ step: "verify-code", target: "ada@example.com", code: "000000" }).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(ApiError);
    expect((wrong as ApiError).message).toBe("Wrong or expired code");
    const ok = await b.login({ step: "verify-code", target: "ada@example.com", code: "123456" });
    expect(ok).toEqual({ status: "signed-in", user: { id: "u7", email: "ada@example.com", scope: "tenant" } });
    expect(seen.map((s) => s.url)).toEqual([
      `${BASE}/auth/login/verify`,
      `${BASE}/auth/verify-otp`,
      `${BASE}/auth/verify-otp`, // remembered: the primary path is not tried again
    ]);
    expect(seen[2]?.body).toEqual({ target: "ada@example.com", code: "123456", application: "admin-client" });
    expect(b.currentUser()).toEqual({ id: "u7", email: "ada@example.com", scope: "tenant" });
  });

  it("verify: 405 also falls back", async () => {
    server.use(
      http.post(`${BASE}/auth/login/verify`, () => err(405, "METHOD_NOT_ALLOWED")),
      http.post(`${BASE}/auth/verify-otp`, () => HttpResponse.json(tokenResponse({ user_id: "u1" }))),
    );
    const r = await backend().login({ step: "verify-code", target: "a@b.c", code: "1" });
    expect(r.status).toBe("signed-in");
  });

  it("two-factor: pre_auth token in the token header, code field setting, fallback path", async () => {
    const seen = recorder();
    const pre = tokenResponse({ user_id: "u1", token_type: "pre_auth" }, { type: "pre_auth", requires2fa: true });
    server.use(
      http.post(`${BASE}/auth/login/verify`, () => HttpResponse.json(pre)),
      http.post(`${BASE}/auth/2fa/verify`, () => HttpResponse.json({ detail: "Not Found" }, { status: 404 })),
      http.post(`${BASE}/auth/verify-2fa`, ({ request }) =>
        request.headers.get("X-API-Key") === pre.token
          ? HttpResponse.json(tokenResponse({ user_id: "u1", scope: "partner" }))
          : err(401, "AUTH_REQUIRED"),
      ),
    );
    const b = backend({ settings: { twoFactorCodeField: "totp" } });
    const listener = vi.fn();
    b.onSessionChange(listener);
    const first = await b.login({ step: "verify-code", target: "ada@example.com", code: "123456" });
    expect(first).toEqual({ status: "two-factor-required" });
    expect(b.currentUser()).toBeNull();
    expect(localStorage.length).toBe(0); // a pre_auth token is never persisted
    const second = await b.login({ step: "two-factor", code: " 654321 " });
    expect(second.status).toBe("signed-in");
    expect(seen.map((s) => s.url)).toEqual([`${BASE}/auth/login/verify`, `${BASE}/auth/2fa/verify`, `${BASE}/auth/verify-2fa`]);
    expect(seen[2]?.body).toEqual({ totp: "654321" });
    expect(seen[1]?.headers.get("X-API-Key")).toBe(pre.token);
    expect(b.currentUser()?.scope).toBe("partner");
    expect(listener).toHaveBeenCalledWith({ id: "u1", email: "ada@example.com", scope: "partner" }, "signed-in");
  });

  it("two-factor without a pending pre_auth token is a clear error; password is unsupported", async () => {
    const b = backend();
    await expect(b.login({ step: "two-factor", code: "1" })).rejects.toMatchObject({ code: "LOGIN_STATE" });
    await expect(b.login({ step: "password", email: "a@b.c", password: "x" })).rejects.toMatchObject({ code: "UNSUPPORTED" });
  });
});

describe("session persistence, refresh and logout", () => {
  it("a reload (new backend, same storage) keeps the user signed in", async () => {
    const seen = recorder();
    const b1 = backend();
    const user = await signIn(b1);
    server.use(http.get(`${BASE}/users`, () => HttpResponse.json({ items: [], total: 0, page: 1, per_page: 25 })));
    const b2 = backend();
    expect(b2.currentUser()).toEqual(user);
    await b2.list(usersResource, { page: 1, perPage: 25 });
    const token = (seen[0] as Seen).url && JSON.parse(localStorage.getItem(`atrium.session:${BASE}`) ?? "{}").token;
    expect(seen.at(-1)?.headers.get("X-API-Key")).toBe(token);
    // another backend URL does not see it
    expect(createCraftEasyBackend({ baseUrl: "http://other.test", validateSchema: identity }).currentUser()).toBeNull();
  });

  it("an expired persisted session is not restored", async () => {
    const b1 = backend();
    server.use(http.post(`${BASE}/auth/login/verify`, () => HttpResponse.json(tokenResponse({ user_id: "u1" }, { expiresIn: -1000 }))));
    await b1.login({ step: "verify-code", target: "a@b.c", code: "1" });
    const b2 = backend();
    expect(b2.currentUser()).toBeNull();
  });

  it("persistSession:false keeps nothing in storage", async () => {
    await signIn(backend({ settings: { persistSession: false } }));
    expect(localStorage.length).toBe(0);
  });

  it("401 → one refresh (token header, body {}) → retry with the new token", async () => {
    const seen = recorder();
    const b = backend();
    await signIn(b);
    const fresh = tokenResponse({ user_id: "u1", gen: 2 });
    server.use(
      http.post(`${BASE}/auth/refresh`, () => HttpResponse.json(fresh)),
      http.get(`${BASE}/users`, ({ request }) =>
        request.headers.get("X-API-Key") === fresh.token
          ? HttpResponse.json({ items: [{ id: "a" }], total: 1, page: 1, per_page: 25 })
          : err(401, "AUTH_REQUIRED"),
      ),
    );
    const listener = vi.fn();
    b.onSessionChange(listener);
    const page = await b.list(usersResource, { page: 1, perPage: 25 });
    expect(page.items).toEqual([{ id: "a" }]);
    const refreshReq = seen.find((s) => s.url.endsWith("/auth/refresh"));
    expect(refreshReq?.method).toBe("POST");
    expect(refreshReq?.body).toEqual({});
    expect(refreshReq?.headers.get("X-API-Key")).not.toBe(fresh.token);
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ id: "u1" }), "refreshed");
    expect(JSON.parse(localStorage.getItem(`atrium.session:${BASE}`) ?? "{}").token).toBe(fresh.token);
  });

  it("on 401, a newer token stored by another tab is adopted instead of refreshing", async () => {
    const seen = recorder();
    const tabA = backend();
    await signIn(tabA);
    const tabB = backend();
    const newer = tokenResponse({ user_id: "u1", tab: "A" });
    server.use(http.post(`${BASE}/auth/refresh`, () => HttpResponse.json(newer)));
    expect(await tabA.refresh()).toBe(true); // tab A refreshes and stores the new token
    server.use(
      http.get(`${BASE}/users`, ({ request }) =>
        request.headers.get("X-API-Key") === newer.token
          ? HttpResponse.json({ items: [], total: 0, page: 1, per_page: 1 })
          : err(401, "AUTH_REQUIRED"),
      ),
    );
    seen.length = 0;
    await tabB.list(usersResource, { page: 1, perPage: 1 });
    expect(seen.map((s) => s.url)).toEqual([`${BASE}/users?page=1&per_page=1&sort=-created_at`, `${BASE}/users?page=1&per_page=1&sort=-created_at`]);
  });

  it("refresh rejected → authLost error, 'lost' listener, storage cleared", async () => {
    const b = backend();
    await signIn(b);
    server.use(
      http.post(`${BASE}/auth/refresh`, () => err(401, "AUTH_REQUIRED")),
      http.get(`${BASE}/users`, () => err(401, "AUTH_REQUIRED")),
    );
    const listener = vi.fn<(u: CurrentUser | null, r: string) => void>();
    b.onSessionChange(listener);
    const e = await b.list(usersResource, { page: 1, perPage: 25 }).catch((x: unknown) => x);
    expect((e as ApiError).authLost).toBe(true);
    expect(listener.mock.calls).toEqual([[null, "lost"]]);
    expect(b.currentUser()).toBeNull();
    expect(localStorage.getItem(`atrium.session:${BASE}`)).toBeNull();
  });

  it("a refresh answer without a token keeps the old token and takes the new expires", async () => {
    const b = backend();
    await signIn(b);
    const before = JSON.parse(localStorage.getItem(`atrium.session:${BASE}`) ?? "{}") as { token: string; expiresAt: number };
    const later = new Date(before.expiresAt + 3_600_000).toISOString();
    server.use(http.post(`${BASE}/auth/refresh`, () => HttpResponse.json({ expires: later })));
    expect(await b.refresh()).toBe(true);
    const after = JSON.parse(localStorage.getItem(`atrium.session:${BASE}`) ?? "{}") as { token: string; expiresAt: number };
    expect(after.token).toBe(before.token);
    expect(after.expiresAt).toBe(Date.parse(later));
  });

  it("proactive refresh: at 80 % of a 30-minute life, 2 minutes before expiry for a 5-minute one", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    vi.setSystemTime(new Date("2026-03-01T12:00:00Z"));
    let refreshes = 0;
    server.use(
      http.post(`${BASE}/auth/login/verify`, () => HttpResponse.json(tokenResponse({ user_id: "u1" }, { expiresIn: 30 * 60_000 }))),
      http.post(`${BASE}/auth/refresh`, () => {
        refreshes += 1;
        return HttpResponse.json(tokenResponse({ user_id: "u1", n: refreshes }, { expiresIn: 5 * 60_000 }));
      }),
    );
    const b = backend();
    await b.login({ step: "verify-code", target: "a@b.c", code: "1" });
    await vi.advanceTimersByTimeAsync(24 * 60_000 - 1_000);
    expect(refreshes).toBe(0);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(refreshes).toBe(1);
    // the new token lives 5 minutes: refresh 2 minutes before expiry (3 min < 80 % = 4 min)
    await vi.advanceTimersByTimeAsync(3 * 60_000 - 2_000);
    expect(refreshes).toBe(1);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(refreshes).toBe(2);
    server.use(http.post(`${BASE}/auth/logout`, () => HttpResponse.json({})));
    await b.logout();
    // after logout no timer is left: nothing refreshes any more
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(refreshes).toBe(2);
  });

  it("service tokens are not refreshed; 401 then means sign in again", async () => {
    server.use(
      http.post(`${BASE}/auth/login/verify`, () => HttpResponse.json(tokenResponse({ user_id: "svc" }, { type: "service" }))),
      http.get(`${BASE}/users`, () => err(401, "AUTH_REQUIRED")),
    );
    const seen = recorder();
    const b = backend();
    await b.login({ step: "verify-code", target: "a@b.c", code: "1" });
    const e = await b.list(usersResource, { page: 1, perPage: 25 }).catch((x: unknown) => x);
    expect((e as ApiError).authLost).toBe(true);
    expect(seen.some((s) => s.url.endsWith("/auth/refresh"))).toBe(false);
  });

  it("logout posts /auth/logout with the token, clears storage, notifies, even when the server fails", async () => {
    const seen = recorder();
    const b = backend();
    await signIn(b);
    server.use(http.post(`${BASE}/auth/logout`, () => err(500, "INTERNAL_ERROR")));
    const listener = vi.fn();
    b.onSessionChange(listener);
    await b.logout();
    const req = seen.find((s) => s.url.endsWith("/auth/logout"));
    expect(req?.headers.get("X-API-Key")).toMatch(/^ey/);
    expect(req?.body).toEqual({});
    expect(listener).toHaveBeenCalledWith(null, "signed-out");
    expect(b.currentUser()).toBeNull();
    expect(localStorage.length).toBe(0);
  });
});

describe("schema", () => {
  it("loads without If-None-Match, revalidates with the ETag verbatim, 304 keeps the cache", async () => {
    const seen = recorder();
    const etag = 'W/"9f8e7d"';
    server.use(
      http.get(`${BASE}/admin/schema`, ({ request }) =>
        request.headers.get("If-None-Match") === etag
          ? new HttpResponse(null, { status: 304, headers: { ETag: etag } })
          : HttpResponse.json(makeSchema(), { headers: { ETag: etag } }),
      ),
    );
    const b = backend();
    const first = await b.loadSchema();
    expect(first.notModified).toBe(false);
    expect(first.etag).toBe(etag);
    expect(seen[0]?.headers.get("If-None-Match")).toBeNull();
    const cached = { schema: { ...first.schema, title: "cached copy" }, etag };
    const second = await b.loadSchema(cached);
    expect(seen[1]?.headers.get("If-None-Match")).toBe(etag);
    expect(second).toEqual({ schema: cached.schema, etag, notModified: true });
  });

  it("304 without a cached copy → requests again without If-None-Match", async () => {
    const seen = recorder();
    let n = 0;
    server.use(
      http.get(`${BASE}/admin/schema`, () => {
        n += 1;
        return n === 1 ? new HttpResponse(null, { status: 304 }) : HttpResponse.json(makeSchema(), { headers: { ETag: '"e2"' } });
      }),
    );
    const res = await backend().loadSchema();
    expect(res.notModified).toBe(false);
    expect(res.etag).toBe('"e2"');
    expect(seen).toHaveLength(2);
    expect(seen[1]?.headers.get("If-None-Match")).toBeNull();
  });

  it("passes the raw JSON to the injected validator and wraps its failure", async () => {
    server.use(http.get(`${BASE}/admin/schema`, () => HttpResponse.json({ version: "1.0" })));
    const validateSchema = vi.fn((_raw: unknown): AdminSchema => {
      throw new Error("resources: required");
    });
    const e = await backend({ validateSchema }).loadSchema().catch((x: unknown) => x);
    expect(validateSchema).toHaveBeenCalledWith({ version: "1.0" });
    expect(e).toMatchObject({ code: "SCHEMA_INVALID", message: "The server's admin schema is not valid: resources: required" });
  });

  it("the schema's token header is used after load", async () => {
    const seen = recorder();
    server.use(
      http.get(`${BASE}/admin/schema`, () => HttpResponse.json(makeSchema({ auth: { login_endpoint: "/a", refresh_endpoint: "/r", token_header: "X-Token" } }))),
      http.get(`${BASE}/users`, () => HttpResponse.json({ items: [], total: 0, page: 1, per_page: 1 })),
    );
    const b = backend();
    await signIn(b);
    await b.loadSchema();
    await b.list(usersResource, { page: 1, perPage: 1 });
    expect(seen.at(-1)?.headers.get("X-Token")).toMatch(/^ey/);
    expect(seen.at(-1)?.headers.get("X-API-Key")).toBeNull();
  });

  it("an explicit tokenHeader setting wins, with Bearer only for Authorization", async () => {
    const seen = recorder();
    server.use(http.get(`${BASE}/users`, () => HttpResponse.json({ items: [], total: 0, page: 1, per_page: 1 })));
    const b = backend({ settings: { tokenHeader: "authorization" } });
    await signIn(b);
    await b.list(usersResource, { page: 1, perPage: 1 });
    expect(seen.at(-1)?.headers.get("Authorization")).toMatch(/^Bearer ey/);
  });
});

describe("records", () => {
  it("list: exact URL, page envelope, and trusts the server's page/per_page", async () => {
    const seen = recorder();
    server.use(http.get(`${BASE}/users`, () => HttpResponse.json({ items: [{ _id: "x1" }], total: 41, page: 2, per_page: 20 })));
    const b = backend();
    const page = await b.list(usersResource, {
      page: 2,
      perPage: 25,
      sort: [{ field: "age", desc: true }],
      filters: [{ field: "code", op: "eq", value: "123" }, { field: "status", op: "in", value: ["active", "trial"] }],
    });
    expect(seen[0]?.url).toBe(`${BASE}/users?page=2&per_page=25&sort=-age&status__in=active,trial&where={"code":"123"}`);
    expect(page).toEqual({ items: [{ _id: "x1" }], total: 41, page: 2, perPage: 20 });
    expect(b.detectedIdKey()).toBe("_id");
  });

  it("a refused sort is dropped and the list retried once without it", async () => {
    const seen = recorder();
    server.use(
      http.get(`${BASE}/users`, ({ request }) =>
        new URL(request.url).searchParams.has("sort")
          ? err(400, "BAD_REQUEST", "Cannot sort by age")
          : HttpResponse.json({ items: [{ id: "a" }], total: 1, page: 1, per_page: 25 }),
      ),
    );
    const page = await backend().list(usersResource, { page: 1, perPage: 25, sort: [{ field: "age", desc: false }] });
    expect(page.sortDropped).toBe(true);
    expect(page.items).toEqual([{ id: "a" }]);
    expect(seen.map((s) => s.url)).toEqual([`${BASE}/users?page=1&per_page=25&sort=age`, `${BASE}/users?page=1&per_page=25`]);
  });

  it("an unsorted list failure is not retried", async () => {
    const seen = recorder();
    server.use(http.get(`${BASE}/users`, () => err(400, "BAD_REQUEST")));
    await expect(backend().list(usersResource, { page: 1, perPage: 25, sort: [] })).rejects.toMatchObject({ status: 400 });
    expect(seen).toHaveLength(1);
  });

  it("a list answer that is not a page is a clear error", async () => {
    server.use(http.get(`${BASE}/users`, () => HttpResponse.json([{ id: 1 }])));
    await expect(backend().list(usersResource, { page: 1, perPage: 5 })).rejects.toMatchObject({ code: "BAD_RESPONSE" });
  });

  it("idOf: auto reads id ?? _id and remembers the key; explicit setting reads only that key", () => {
    const b = backend();
    expect(b.detectedIdKey()).toBeNull();
    expect(b.idOf(usersResource, { id: "a1", _id: "zz" })).toBe("a1");
    expect(b.detectedIdKey()).toBe("id");
    const b2 = backend();
    expect(b2.idOf(usersResource, { _id: "b2" })).toBe("b2");
    expect(b2.detectedIdKey()).toBe("_id");
    expect(b2.idOf(usersResource, { _id: { $oid: "507f1f77bcf86cd799439011" } })).toBe("507f1f77bcf86cd799439011");
    const b3 = backend({ settings: { idField: "_id" } });
    expect(b3.idOf(usersResource, { id: "ignored", _id: "c3" })).toBe("c3");
    expect(() => b3.idOf(usersResource, { id: "only-id" })).toThrow(/_id/);
    expect(() => b.idOf(usersResource, { name: "x" })).toThrow(ApiError);
  });

  it("get returns the ETag verbatim as version; a missing ETag is a configuration error", async () => {
    server.use(
      http.get(`${BASE}/users/a1`, () => HttpResponse.json({ id: "a1", name: "Ada" }, { headers: { ETag: '"3"' } })),
      http.get(`${BASE}/users/noetag`, () => HttpResponse.json({ id: "noetag" })),
    );
    const b = backend();
    expect(await b.get(usersResource, "a1")).toEqual({ item: { id: "a1", name: "Ada" }, version: '"3"' });
    const e = await b.get(usersResource, "noetag").catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).code).toBe("ETAG_NOT_EXPOSED");
    expect((e as ApiError).message).toMatch(/the server must expose the ETag header/i);
  });

  it("update: PATCH with If-Match, only writable fields, new ETag back", async () => {
    const seen = recorder();
    server.use(
      http.patch(`${BASE}/users/a1`, ({ request }) =>
        request.headers.get("If-Match") === '"3"'
          ? HttpResponse.json({ id: "a1", name: "Ada L" }, { headers: { ETag: '"4"' } })
          : err(412, "ETAG_MISMATCH"),
      ),
    );
    const b = backend();
    const r = await b.update(
      usersResource,
      "a1",
      {
        name: "Ada L",
        id: "a1",
        _id: "a1",
        tenant_id: "t",
        created_at: "x",
        updated_at: "x",
        created_by: "x",
        updated_by: "x",
        is_deleted: false,
        deleted_at: null,
        deleted_by: null,
        revision_id: 3,
        role: "admin",
      },
      '"3"',
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe("PATCH");
    expect(seen[0]?.headers.get("Content-Type")).toBe("application/json");
    expect(seen[0]?.body).toEqual({ name: "Ada L" });
    expect(r).toEqual({ item: { id: "a1", name: "Ada L" }, version: '"4"' });
  });

  it("update without a version uses the last known ETag, else GETs the item first", async () => {
    const seen = recorder();
    let etag = 5;
    server.use(
      http.get(`${BASE}/users/a1`, () => HttpResponse.json({ id: "a1" }, { headers: { ETag: `"${etag}"` } })),
      http.patch(`${BASE}/users/a1`, () => {
        etag += 1;
        return HttpResponse.json({ id: "a1" }, { headers: { ETag: `"${etag}"` } });
      }),
    );
    const b = backend();
    await b.update(usersResource, "a1", { name: "x" }, null);
    expect(seen.map((s) => `${s.method} ${s.headers.get("If-Match") ?? "-"}`)).toEqual(['GET -', 'PATCH "5"']);
    await b.update(usersResource, "a1", { name: "y" }, null);
    expect(seen.map((s) => `${s.method} ${s.headers.get("If-Match") ?? "-"}`)).toEqual(['GET -', 'PATCH "5"', 'PATCH "6"']);
  });

  it("update uses PUT with every writable field when methods lack PATCH", async () => {
    const seen = recorder();
    server.use(
      http.get(`${BASE}/products/p1`, () => HttpResponse.json({ id: "p1", name: "Chair", price: 10, sku: "S-1", created_at: "t" }, { headers: { ETag: '"1"' } })),
      http.put(`${BASE}/products/p1`, async ({ request }) => HttpResponse.json({ id: "p1", ...((await bodyOf(request)) as object) }, { headers: { ETag: '"2"' } })),
    );
    const b = backend();
    const r = await b.update(productsResource, "p1", { price: 12 }, '"1"');
    const put = seen.find((s) => s.method === "PUT");
    expect(put?.headers.get("If-Match")).toBe('"1"');
    expect(put?.body).toEqual({ name: "Chair", price: 12 });
    expect(r.version).toBe('"2"');
    expect(seen.some((s) => s.method === "PATCH")).toBe(false);
  });

  it("428 → GET for an ETag and retry exactly once", async () => {
    const seen = recorder();
    server.use(
      http.get(`${BASE}/users/a1`, () => HttpResponse.json({ id: "a1" }, { headers: { ETag: '"7"' } })),
      http.patch(`${BASE}/users/a1`, ({ request }) =>
        request.headers.get("If-Match") === '"7"' ? HttpResponse.json({ id: "a1" }, { headers: { ETag: '"8"' } }) : err(428, "ETAG_REQUIRED"),
      ),
    );
    const r = await backend().update(usersResource, "a1", { name: "z" }, '"stale-format"');
    expect(r.version).toBe('"8"');
    expect(seen.map((s) => s.method)).toEqual(["PATCH", "GET", "PATCH"]);
  });

  it("a second 428 is reported, not retried again", async () => {
    const seen = recorder();
    server.use(
      http.get(`${BASE}/users/a1`, () => HttpResponse.json({ id: "a1" }, { headers: { ETag: '"7"' } })),
      http.delete(`${BASE}/users/a1`, () => err(428, "ETAG_REQUIRED")),
    );
    const e = await backend().remove(usersResource, "a1", '"7"').catch((x: unknown) => x);
    expect((e as ApiError).status).toBe(428);
    expect((e as ApiError).message).toMatch(/bug/);
    expect(seen.map((s) => s.method)).toEqual(["DELETE", "GET", "DELETE"]);
  });

  it("412 surfaces as ApiError 412 without a retry", async () => {
    const seen = recorder();
    server.use(http.patch(`${BASE}/users/a1`, () => err(412, "ETAG_MISMATCH", "The document was modified")));
    const e = await backend().update(usersResource, "a1", { name: "q" }, '"1"').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).status).toBe(412);
    expect((e as ApiError).code).toBe("ETAG_MISMATCH");
    expect(seen).toHaveLength(1);
  });

  it("remove sends If-Match and accepts any 2xx", async () => {
    const seen = recorder();
    server.use(http.delete(`${BASE}/users/a%2Fb`, () => new HttpResponse(null, { status: 204 })));
    await backend().remove(usersResource, "a/b", '"9"');
    expect(seen[0]?.headers.get("If-Match")).toBe('"9"');
    expect(seen[0]?.raw).toBe(`${BASE}/users/a%2Fb`);
  });

  it("create: POST writable fields, version from the ETag", async () => {
    const seen = recorder();
    server.use(
      http.post(`${BASE}/users`, async ({ request }) =>
        HttpResponse.json({ id: "new1", ...((await bodyOf(request)) as object) }, { status: 201, headers: { ETag: '"1"' } }),
      ),
    );
    const r = await backend().create(usersResource, { name: "N", role: "admin", id: "client-id", created_at: "now" });
    expect(seen[0]?.body).toEqual({ name: "N" });
    expect(r).toEqual({ item: { id: "new1", name: "N" }, version: '"1"' });
  });

  it("validation errors come back with field errors", async () => {
    server.use(
      http.post(`${BASE}/users`, () =>
        HttpResponse.json(
          { error: { code: "VALIDATION_ERROR", message: "Invalid", details: [{ loc: ["body", "email"], msg: "not an email", type: "value_error" }] }, request_id: "v" },
          { status: 422 },
        ),
      ),
    );
    const e = await backend().create(usersResource, { email: "x" }).catch((x: unknown) => x);
    expect((e as ApiError).fieldErrors).toEqual([{ field: "email", message: "not an email" }]);
    expect((e as ApiError).requestId).toBe("v");
  });
});

describe("relations", () => {
  it("searchRelation: {search_field}__regex + filters on the relation endpoint", async () => {
    const seen = recorder();
    server.use(
      http.get(`${BASE}/tenants`, () =>
        HttpResponse.json({ items: [{ id: "t1", name: "Acme" }, { _id: "t2", name: "Acme.2" }], total: 5, page: 1, per_page: 2 }),
      ),
    );
    const r = await backend().searchRelation(usersResource, "tenant_id", { term: "acme.", page: 1, perPage: 2 });
    expect(seen[0]?.url).toBe(`${BASE}/tenants?name__regex=acme\\.&page=1&per_page=2&kind=customer`);
    expect(r.options.map((o) => [o.value, o.label])).toEqual([
      ["t1", "Acme"],
      ["t2", "Acme.2"],
    ]);
    expect(r.total).toBe(5);
    expect(r.hasMore).toBe(true);
  });

  it("resolveRelation: one {value_field}__in request, input order, unknown ids dropped, chunked at maxPerPage", async () => {
    const seen = recorder();
    server.use(
      http.get(`${BASE}/people`, ({ request }) => {
        const ids = (new URL(request.url).searchParams.get("email__in") ?? "").split(",");
        return HttpResponse.json({
          items: ids.filter((e) => e !== "gone@x").map((e) => ({ id: `p-${e}`, email: e, full_name: e.toUpperCase() })),
          total: ids.length,
          page: 1,
          per_page: ids.length,
        });
      }),
    );
    const b = backend({ settings: { maxPerPage: 2 } });
    const r = await b.resolveRelation(usersResource, "owner", ["c@x", "a@x", "c@x", "gone@x", "b@x"]);
    expect(r.map((o) => [o.value, o.label])).toEqual([
      ["c@x", "C@X"],
      ["a@x", "A@X"],
      ["b@x", "B@X"],
    ]);
    expect(seen.map((s) => s.url)).toEqual([
      `${BASE}/people?email__in=c@x,a@x&page=1&per_page=2`,
      `${BASE}/people?email__in=gone@x,b@x&page=1&per_page=2`,
    ]);
    expect(await b.resolveRelation(usersResource, "owner", [])).toEqual([]);
  });

  it("resolveRelation on an id value_field uses id__in", async () => {
    const seen = recorder();
    server.use(http.get(`${BASE}/tenants`, () => HttpResponse.json({ items: [{ id: "t1", name: "A" }], total: 1, page: 1, per_page: 2 })));
    const r = await backend().resolveRelation(usersResource, "tenant_id", ["t1", "t9"]);
    expect(seen[0]?.url).toBe(`${BASE}/tenants?id__in=t1,t9&page=1&per_page=2`);
    expect(r).toEqual([{ value: "t1", label: "A", item: { id: "t1", name: "A" } }]);
  });

  it("a field without relation config is a clear error", async () => {
    await expect(backend().searchRelation(usersResource, "name", { term: "", page: 1, perPage: 5 })).rejects.toMatchObject({ code: "CONFIG_ERROR" });
  });
});

describe("dashboard, activity, capabilities", () => {
  it("dashboard: one per_page=1 list per resource; unreadable resources skipped", async () => {
    const seen = recorder();
    server.use(
      http.get(`${BASE}/admin/schema`, () => HttpResponse.json(makeSchema())),
      http.get(`${BASE}/users`, () => HttpResponse.json({ items: [{}], total: 1234, page: 1, per_page: 1 })),
      http.get(`${BASE}/products`, () => HttpResponse.json({ items: [{}], total: 56, page: 1, per_page: 1 })),
      http.get(`${BASE}/audit-log`, () => err(403, "ACCESS_DENIED")),
    );
    const d = await backend().dashboard();
    expect(d).toEqual({
      models: [
        { resource: "users", label: "Users", count: 1234 },
        { resource: "products", label: "Products", count: 56 },
      ],
      totalRecords: 1290,
    });
    expect(seen.filter((s) => !s.url.includes("/admin/schema")).map((s) => s.url).sort()).toEqual([
      `${BASE}/audit-log?page=1&per_page=1`,
      `${BASE}/products?page=1&per_page=1`,
      `${BASE}/users?page=1&per_page=1`,
    ]);
  });

  it("activity via the audit resource, mapped to ActivityEntry", async () => {
    const seen = recorder();
    server.use(
      http.get(`${BASE}/admin/schema`, () => HttpResponse.json(makeSchema())),
      http.get(`${BASE}/audit-log`, () =>
        HttpResponse.json({
          items: [
            {
              resource: "users",
              item_id: "a1",
              operation: "update",
              user_id: "u1",
              user_name: "Ada",
              ip: "1.2.3.4",
              changes: { name: { old: "A", new: "B" } },
              created_at: "2026-03-01T10:00:00Z",
            },
            { resource: "users", item_id: "a1", operation: "delete", user_id: "u2", changes: {}, snapshot: { name: "B" }, created_at: "2026-03-01T11:00:00Z" },
          ],
          total: 2,
          page: 1,
          per_page: 20,
        }),
      ),
    );
    const b = backend();
    expect(b.capabilities().activity).toBe(false); // schema not loaded yet
    const entries = await b.activity({ resource: "users", recordId: "a1", limit: 20 });
    expect(seen.at(-1)?.url).toBe(`${BASE}/audit-log?resource=users&item_id=a1&sort=-created_at&page=1&per_page=20`);
    expect(entries).toEqual([
      { action: "update", resource: "users", recordId: "a1", timestamp: "2026-03-01T10:00:00Z", user: "Ada", changes: { name: { old: "A", new: "B" } } },
      { action: "delete", resource: "users", recordId: "a1", timestamp: "2026-03-01T11:00:00Z", user: "u2", changes: {}, snapshot: { name: "B" } },
    ]);
    expect(b.capabilities().activity).toBe(true);
    expect(b.auditResource()?.name).toBe(auditResource.name);
  });

  it("no audit resource → activity off and empty", async () => {
    server.use(http.get(`${BASE}/admin/schema`, () => HttpResponse.json(makeSchema({ resources: [usersResource] }))));
    const b = backend();
    expect(await b.activity({ limit: 10 })).toEqual([]);
    expect(b.capabilities().activity).toBe(false);
  });

  it("capabilities declare the client fallbacks", () => {
    const caps = backend({ settings: { maxPerPage: 50, writeConcurrency: 2 } }).capabilities();
    expect(caps).toMatchObject({
      concurrency: "etag",
      exportServer: null,
      importServer: false,
      bulkDeleteServer: false,
      dashboard: true,
      maxPerPage: 50,
      writeConcurrency: 2,
      multiSort: false,
    });
    expect(caps.filterOps).toHaveLength(11);
    const b = backend();
    expect("bulkDelete" in b).toBe(false);
    expect("exportServer" in b).toBe(false);
  });
});

describe("rate limits through the adapter", () => {
  it("a list GET waits out a 429 and the notice reaches listeners", async () => {
    let n = 0;
    server.use(
      http.get(`${BASE}/users`, () => {
        n += 1;
        return n === 1
          ? HttpResponse.json({ error: { code: "RATE_LIMITED", message: "Slow down" } }, { status: 429, headers: { "Retry-After": "2" } })
          : HttpResponse.json({ items: [], total: 0, page: 1, per_page: 1 });
      }),
    );
    const sleeps: number[] = [];
    const b = backend({ sleep: async (ms) => void sleeps.push(ms) });
    const notices = vi.fn();
    b.onRateLimited(notices);
    await b.list(usersResource, { page: 1, perPage: 1 });
    expect(sleeps).toEqual([2000]);
    expect(notices).toHaveBeenCalledWith(expect.objectContaining({ waitMs: 2000, willRetry: true, attempt: 1 }));
  });

  it("an update (PATCH with If-Match) answered 429 is sent again after Retry-After; a create is not", async () => {
    const seen = recorder();
    let patches = 0;
    const limited = () => HttpResponse.json({ error: { code: "RATE_LIMITED", message: "Slow down" } }, { status: 429, headers: { "Retry-After": "1" } });
    server.use(
      http.patch(`${BASE}/users/a1`, () => (++patches === 1 ? limited() : HttpResponse.json({ id: "a1", name: "B" }, { headers: { ETag: '"4"' } }))),
      http.post(`${BASE}/users`, limited),
    );
    const sleeps: number[] = [];
    const b = backend({ sleep: async (ms) => void sleeps.push(ms) });
    const r = await b.update(usersResource, "a1", { name: "B" }, '"3"');
    expect(r.version).toBe('"4"');
    expect(sleeps).toEqual([1000]);
    expect(seen.map((s) => `${s.method} ${s.headers.get("If-Match") ?? "-"}`)).toEqual(['PATCH "3"', 'PATCH "3"']);
    const e = await b.create(usersResource, { name: "N" }).catch((x: unknown) => x);
    expect(e).toMatchObject({ status: 429, kind: "rate-limited", retryAfter: 1 });
    expect(seen.filter((s) => s.method === "POST")).toHaveLength(1);
  });
});
