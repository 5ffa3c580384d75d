// Bootstrap and schema loading of the Craft Easy adapter, against a mock server (MSW).
import { describe, expect, it, vi } from "vitest";
import { http, HttpResponse } from "msw";
import { ApiError } from "../api-error.ts";
import type { AdminSchema } from "../../protocol/types.ts";
import { backend, BASE, err, recorder, server, signIn, startCraftEasyServer } from "./craft-easy-test-server.ts";
import { makeSchema, usersResource } from "./craft-easy-test-fixtures.ts";

startCraftEasyServer();

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
