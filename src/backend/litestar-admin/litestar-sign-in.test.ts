// Contract tests of sign-in and sign-out (litestar-sign-in.ts) against fixtures F2, F3 and F5.
import { describe, expect, it } from "vitest";
import { validateSchema } from "../../protocol/validate-schema.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import type { SessionListener } from "../types.ts";
import { createLitestarBackend } from "./litestar-backend.ts";
import {
  F2_LOGIN,
  F3_LOGIN_FAILED,
  F5_LOGOUT,
  FIXTURE_TOKENS,
} from "./litestar-fixtures.ts";
import { serveDuringTests, ORIGIN, serve, json, makeBackend, signedIn, caught } from "./litestar-test-server.ts";

serveDuringTests();

describe("F2 / F3 login", () => {
  it("stores the tokens, sends Bearer, reads /me, expiry from the JWT exp", async () => {
    const seen = serve({
      "POST /admin/api/auth/login": F2_LOGIN,
      "GET /admin/api/auth/me": () => json({ id: 1, email: "admin@example.com", roles: ["admin"], permissions: ["models:read"] }),
    });
    const { backend, timers } = makeBackend({ now: () => Date.parse("2026-11-23T12:00:00Z") });
    const events: Parameters<SessionListener>[] = [];
    backend.onSessionChange((u, r) => events.push([u, r]));
    const result = await backend.login({ step: "password", email: " admin@example.com ", password: "admin" });
    expect(seen[0]?.body).toEqual({ email: "admin@example.com", password: "admin" });
    expect(result).toEqual({ status: "signed-in", user: { id: "1", email: "admin@example.com", roles: ["admin"] } });
    expect(seen[1]?.auth).toBe(`Bearer ${FIXTURE_TOKENS.access}`);
    expect(events.map((e) => e[1])).toEqual(["signed-in"]);
    expect(backend.currentUser()?.email).toBe("admin@example.com");
    // exp = 4102444800 s → refresh 60 s before it
    expect(timers).toHaveLength(1);
    expect(timers[0]?.ms).toBe(Math.min(4102444800_000 - 60_000 - Date.parse("2026-11-23T12:00:00Z"), 2_000_000_000));
  });

  it("uses the string expires_in when the token is not a decodable JWT", async () => {
    serve({
      "POST /admin/api/auth/login": () => json({ access_token: "opaque-a", refresh_token: "opaque-r", token_type: "bearer", expires_in: "3600" }),
      "GET /admin/api/auth/me": () => json({ id: "u1", email: "a@x.test", roles: [], permissions: [] }),
    });
    const t0 = 1_000_000;
    const { backend, timers } = makeBackend({ now: () => t0 });
    await backend.login({ step: "password", email: "a@x.test", password: "pw" });
    expect(timers[0]?.ms).toBe(3600_000 - 60_000);
  });

  it("accepts a numeric or null expires_in", async () => {
    serve({
      "POST /admin/api/auth/login": () => json({ access_token: "opaque-a", refresh_token: "opaque-r", token_type: "bearer", expires_in: 120 }),
      "GET /admin/api/auth/me": () => json({ id: "u1", email: "a@x.test", roles: [], permissions: [] }),
    });
    const made = makeBackend({ now: () => 0 });
    await made.backend.login({ step: "password", email: "a@x.test", password: "pw" });
    expect(made.timers[0]?.ms).toBe(60_000);
    serve({
      "POST /admin/api/auth/login": () => json({ access_token: "opaque-a", refresh_token: "opaque-r", token_type: "bearer", expires_in: null }),
      "GET /admin/api/auth/me": () => json({ id: "u1", email: "a@x.test", roles: [], permissions: [] }),
    });
    const other = makeBackend({ now: () => 0 });
    await other.backend.login({ step: "password", email: "a@x.test", password: "pw" });
    expect(other.timers).toHaveLength(0);
  });

  it("F3: a wrong password is a 401 with the server's message, not a lost session", async () => {
    serve({ "POST /admin/api/auth/login": F3_LOGIN_FAILED });
    const { backend } = makeBackend();
    const e = await caught(backend.login({ step: "password", email: "admin@example.com", password: "wrong" }));
    expect(e.status).toBe(401);
    expect(e.message).toBe("Invalid email or password");
    expect(e.authLost).toBe(false);
    expect(backend.currentUser()).toBeNull();
  });

  it("refuses OTP steps", async () => {
    const e = await caught(makeBackend().backend.login({ step: "request-code", channel: "email", target: "a@x.test" }));
    expect(e.code).toBe("UNSUPPORTED");
  });

  it("a sign-in answer without an access token is a BAD_RESPONSE, and nobody is signed in", async () => {
    serve({ "POST /admin/api/auth/login": () => json({ access_token: "", token_type: "bearer", expires_in: "3600" }) });
    const { backend } = makeBackend();
    expect(await caught(backend.login({ step: "password", email: "a@x.test", password: "pw" }))).toMatchObject({
      code: "BAD_RESPONSE",
      message: "The sign-in answer did not contain an access token.",
    });
    expect(backend.currentUser()).toBeNull();
  });
});

describe("F5 logout", () => {
  it("calls the server no-op and clears the session locally (storage too)", async () => {
    const storage = window.localStorage;
    const { backend, seen } = await signedIn({ "POST /admin/api/auth/logout": F5_LOGOUT }, { storage });
    expect(Object.keys(storage).some((k) => k.includes("ls.test/admin/api"))).toBe(true);
    const reasons: string[] = [];
    backend.onSessionChange((_u, r) => reasons.push(r));
    await backend.logout();
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual(["POST /admin/api/auth/logout"]);
    expect(backend.currentUser()).toBeNull();
    expect(reasons).toEqual(["signed-out"]);
    expect(Object.keys(storage).some((k) => k.includes("ls.test/admin/api"))).toBe(false);
  });

  it("restores a persisted session per base URL", async () => {
    const storage = window.localStorage;
    await signedIn({}, { storage });
    const again = createLitestarBackend({ baseUrl: `${ORIGIN}/admin`, validateSchema, storage, setTimer: () => 0, clearTimer: () => undefined });
    expect(again.currentUser()?.email).toBe("admin@example.com");
  });
});

describe("session backend variant", () => {
  it("sends no Authorization header, uses credentials include, never schedules refreshes", async () => {
    const seen = serve({
      "POST /admin/api/auth/login": () => json({ access_token: "session", refresh_token: "session", token_type: "session", expires_in: null }),
      "GET /admin/api/auth/me": () => json({ id: 7, email: "s@x.test", roles: ["editor"], permissions: [] }),
      "GET /admin/api/models/post/1": () => json({ id: 1 }),
    });
    const { backend, timers } = makeBackend();
    const r = await backend.login({ step: "password", email: "s@x.test", password: "pw" });
    expect(r).toEqual({ status: "signed-in", user: { id: "7", email: "s@x.test", roles: ["editor"] } });
    await backend.get({ name: "post" } as ResourceSchema, 1);
    const last = seen.at(-1);
    expect(last?.auth).toBeNull();
    expect(last?.credentials).toBe("include");
    expect(timers).toHaveLength(0);
  });
});
