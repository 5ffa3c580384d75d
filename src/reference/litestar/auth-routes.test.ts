// The config and auth routes against fixtures F1–F5 (litestar-admin.md §3–4, §18): the text/plain
// 404 auth gate, string expires_in, the refresh token echoed, logout as a no-op.
import { beforeAll, describe, expect, it } from "vitest";
import { F1_CONFIG, F3_LOGIN_FAILED, F3_NO_BACKEND, F3_REFRESH_FAILED, F5_LOGOUT } from "../../backend/litestar-admin/litestar-fixtures.ts";
import type { ReferenceBackend } from "../reference-backend.ts";
import { litestarCall, litestarSignIn, standaloneLitestar, testReference } from "../testing/reference-setup.ts";

let handle: ReferenceBackend;
let admin: { access: string; refresh: string };

beforeAll(async () => {
  handle = testReference();
  admin = await litestarSignIn(handle);
});

describe("F1 config, F2/F3 login, F4 auth gate, F5 logout", () => {
  it("F1: /api/config is public; debug off → no dev credentials", async () => {
    const h = standaloneLitestar({ debug: false, title: "Admin" });
    const r = await litestarCall(h, "GET", "/admin/api/config");
    expect(r.status).toBe(200);
    expect(r.json).toEqual(JSON.parse(F1_CONFIG.body));
  });

  it("debug on (the demo default) lists the demo accounts", async () => {
    const r = await litestarCall(handle, "GET", "/admin/api/config");
    expect(r.json.debug).toBe(true);
    expect(r.json.dev_credentials).toContainEqual({ email: "admin@example.com", password: "admin", role: "admin" });
  });

  it("F2: login answers bearer tokens with a STRING expires_in; the access token is a JWT with exp", async () => {
    const r = await litestarCall(handle, "POST", "/admin/api/auth/login", { body: { email: "editor@example.com", password: "editor" } });
    expect(r.status).toBe(200);
    expect(Object.keys(r.json).sort()).toEqual(["access_token", "expires_in", "refresh_token", "token_type"]);
    expect(r.json.token_type).toBe("bearer");
    expect(typeof r.json.expires_in).toBe("string");
    expect(Number(r.json.expires_in)).toBeGreaterThan(0);
    const claims = JSON.parse(atob((r.json.access_token as string).split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/")));
    expect(typeof claims.exp).toBe("number");
  });

  it("the access token carries litestar's claims: sub, email, roles, permissions, type 'access' (§3.2)", async () => {
    const t = await litestarSignIn(handle, "editor@example.com");
    const [, payload] = t.access.split(".");
    const claims = JSON.parse(atob(payload!.replace(/-/g, "+").replace(/_/g, "/")));
    const me = (await litestarCall(handle, "GET", "/admin/api/auth/me", { token: t.access })).json;
    expect(claims).toMatchObject({ sub: me.id, email: "editor@example.com", roles: me.roles, permissions: me.permissions, type: "access" });
    expect(claims.iat).toBeLessThan(claims.exp);
  });

  it("F3: wrong password / bad refresh token → 401 with the documented bodies", async () => {
    const bad = await litestarCall(handle, "POST", "/admin/api/auth/login", { body: { email: "admin@example.com", password: "nope" } });
    expect(bad.status).toBe(401);
    expect(bad.json).toEqual(JSON.parse(F3_LOGIN_FAILED.body));
    const ref = await litestarCall(handle, "POST", "/admin/api/auth/refresh", { body: { refresh_token: "bogus" } });
    expect(ref.status).toBe(401);
    expect(ref.json).toEqual(JSON.parse(F3_REFRESH_FAILED.body));
    // an access token is not a refresh token
    const swapped = await litestarCall(handle, "POST", "/admin/api/auth/refresh", { body: { refresh_token: admin.access } });
    expect(swapped.json).toEqual(JSON.parse(F3_REFRESH_FAILED.body));
  });

  it("F3: without an auth backend, /auth/me says 'not configured' and every route is open", async () => {
    const h = standaloneLitestar({ authEnabled: false });
    const me = await litestarCall(h, "GET", "/admin/api/auth/me");
    expect(me.status).toBe(401);
    expect(me.json).toEqual(JSON.parse(F3_NO_BACKEND.body));
    expect((await litestarCall(h, "GET", "/admin/api/models")).status).toBe(200);
  });

  it("400 + extra when a login field is missing; malformed JSON is a plain 400", async () => {
    const r = await litestarCall(handle, "POST", "/admin/api/auth/login", { body: { email: "admin@example.com" } });
    expect(r.status).toBe(400);
    expect(r.json).toEqual({
      status_code: 400,
      detail: "Validation failed for POST /admin/api/auth/login",
      extra: [{ message: "Object missing required field `password`", key: "password", source: "body" }],
    });
    const m = await litestarCall(handle, "POST", "/admin/api/auth/login", { body: "{nope" });
    expect(m.json).toEqual({ status_code: 400, detail: "JSON is malformed: invalid character (byte 1)" });
  });

  it.each([
    ["no token", null as string | null],
    ["a garbage token", "abc.def.ghi"],
  ])("F4: %s on a protected route → 404 text/plain 'Not Found'", async (_label, token) => {
    for (const path of ["/admin/api/models", "/admin/api/auth/me", "/admin/api/models/products", "/admin/api/dashboard/stats"]) {
      const r = await litestarCall(handle, "GET", path, { token });
      expect(r.status).toBe(404);
      expect(r.contentType).toMatch(/^text\/plain/);
      expect(r.text).toBe("Not Found");
    }
  });

  it("F4: a refresh token used as the bearer, or an expired access token, gets the same 404", async () => {
    const h = testReference({ seed: { orders: 10 } });
    const t = await litestarSignIn(h);
    expect((await litestarCall(h, "GET", "/admin/api/models", { token: t.refresh })).text).toBe("Not Found");
    expect((await litestarCall(h, "GET", "/admin/api/models", { token: t.access })).status).toBe(200);
    h.control.expireTokens();
    const gone = await litestarCall(h, "GET", "/admin/api/models", { token: t.access });
    expect(gone.status).toBe(404);
    expect(gone.contentType).toMatch(/^text\/plain/);
    // refresh: a new access token and the SAME refresh token (no rotation)
    const r = await litestarCall(h, "POST", "/admin/api/auth/refresh", { body: { refresh_token: t.refresh } });
    expect(r.status).toBe(200);
    expect(r.json.refresh_token).toBe(t.refresh);
    expect(typeof r.json.expires_in).toBe("string");
    expect((await litestarCall(h, "GET", "/admin/api/models", { token: r.json.access_token })).status).toBe(200);
  });

  it("accepts the token without the Bearer prefix and from the admin_access_token cookie", async () => {
    expect((await litestarCall(handle, "GET", "/admin/api/auth/me", { headers: { Authorization: admin.access } })).status).toBe(200);
    expect((await litestarCall(handle, "GET", "/admin/api/auth/me", { headers: { Cookie: `admin_access_token=${admin.access}` } })).status).toBe(200);
  });

  it("F5: logout is a no-op: 200, and the token keeps working", async () => {
    const t = await litestarSignIn(handle);
    const r = await litestarCall(handle, "POST", "/admin/api/auth/logout", { token: t.access });
    expect(r.json).toEqual(JSON.parse(F5_LOGOUT.body));
    expect((await litestarCall(handle, "GET", "/admin/api/auth/me", { token: t.access })).status).toBe(200);
    // logout bypasses the middleware even without a token
    expect((await litestarCall(handle, "POST", "/admin/api/auth/logout")).status).toBe(200);
  });

  it("/auth/me answers {id, email, roles, permissions}", async () => {
    const r = await litestarCall(handle, "GET", "/admin/api/auth/me", { token: admin.access });
    expect(Object.keys(r.json).sort()).toEqual(["email", "id", "permissions", "roles"]);
    expect(r.json.email).toBe("admin@example.com");
    expect(r.json.roles).toEqual(["admin"]);
  });
});
