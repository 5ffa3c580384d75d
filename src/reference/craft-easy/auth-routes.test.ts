// The OTP sign-in flow, 2FA, token expiry, refresh, logout and sessions.
import { describe, expect, it } from "vitest";
import { createReferenceBackend } from "../reference-backend.ts";
import { craftEasyCall, craftEasySignIn, testClock } from "../testing/reference-setup.ts";
import type { Json } from "../testing/reference-setup.ts";
import { decodeTokenPayload } from "../tokens.ts";

describe("OTP login, 2FA, refresh, logout", () => {
  it("sends a code, verifies it and returns a TokenResponse with JWT claims", async () => {
    const c = testClock();
    const backend = createReferenceBackend({ now: c.now });
    const sent = await craftEasyCall(backend, "/auth/login/email", { method: "POST", body: { email: "admin@example.com", application: "atrium" } });
    expect(sent.status).toBe(200);
    expect(sent.json).toEqual({ message: "Verification code sent", method: "email" });
    const res = await craftEasyCall(backend, "/auth/login/verify", { method: "POST", body: { target: "admin@example.com", code: "123456", application: "atrium" } });
    expect(res.status).toBe(200);
    const body = res.json as Json;
    expect(body).toMatchObject({ token_type: "user", requires_2fa: false, expires: "2026-03-05T10:30:00Z" });
    const claims = decodeTokenPayload(body.token)!;
    expect(claims).toMatchObject({ token_type: "user", email: "admin@example.com", scope: "system", origin_app: "atrium" });
    expect(claims.exp - claims.iat).toBe(1800);
    expect(claims.token_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers the same for unknown emails, but verify fails with 401; missing email is 422", async () => {
    const backend = createReferenceBackend();
    const sent = await craftEasyCall(backend, "/auth/login/email", { method: "POST", body: { email: "nobody@example.com", application: "x" } });
    expect(sent.json).toEqual({ message: "Verification code sent", method: "email" });
    const bad = await craftEasyCall(backend, "/auth/login/verify", { method: "POST", body: { target: "nobody@example.com", code: "123456" } });
    expect(bad.status).toBe(401);
    const wrong = await craftEasyCall(backend, "/auth/login/verify", { method: "POST", body: { target: "admin@example.com", code: "000000" } });
    expect(wrong.status).toBe(401);
    expect(wrong.json).toMatchObject({ error: { code: "AUTH_REQUIRED", message: "Invalid or expired verification code" } });
    const missing = await craftEasyCall(backend, "/auth/login/email", { method: "POST", body: { application: "x" } });
    expect(missing.status).toBe(422);
    expect((missing.json as Json).error.details).toEqual([expect.objectContaining({ loc: ["body", "email"], type: "missing" })]);
  });

  it("serves verify at the configured path only", async () => {
    const backend = createReferenceBackend({ verifyPath: "/auth/verify-otp" });
    const body = { target: "admin@example.com", code: "123456", application: "x" };
    expect((await craftEasyCall(backend, "/auth/login/verify", { method: "POST", body })).status).toBe(404);
    expect((await craftEasyCall(backend, "/auth/verify-otp", { method: "POST", body })).status).toBe(200);
    const defaults = createReferenceBackend();
    expect((await craftEasyCall(defaults, "/auth/verify-otp", { method: "POST", body })).status).toBe(404);
  });

  it("requires 2FA for the 2fa user: pre_auth token, then /auth/2fa/verify", async () => {
    const backend = createReferenceBackend();
    const res = await craftEasyCall(backend, "/auth/login/verify", { method: "POST", body: { target: "2fa@example.com", code: "123456", application: "x" } });
    const pre = res.json as Json;
    expect(pre).toMatchObject({ token_type: "pre_auth", requires_2fa: true });
    expect((await craftEasyCall(backend, "/products", { token: pre.token })).status).toBe(401);
    expect((await craftEasyCall(backend, "/auth/refresh", { method: "POST", token: pre.token, body: {} })).status).toBe(401);
    const wrong = await craftEasyCall(backend, "/auth/2fa/verify", { method: "POST", token: pre.token, body: { code: "111111" } });
    expect(wrong.status).toBe(401);
    const ok = await craftEasyCall(backend, "/auth/2fa/verify", { method: "POST", token: pre.token, body: { code: "654321" } });
    expect(ok.status).toBe(200);
    const user = ok.json as Json;
    expect(user).toMatchObject({ token_type: "user", requires_2fa: false });
    expect((await craftEasyCall(backend, "/products?per_page=1", { token: user.token })).status).toBe(200);
    // the pre_auth token is spent
    expect((await craftEasyCall(backend, "/auth/2fa/verify", { method: "POST", token: pre.token, body: { code: "654321" } })).status).toBe(401);
    // a user token is not accepted at the 2FA endpoint
    expect((await craftEasyCall(backend, "/auth/2fa/verify", { method: "POST", token: user.token, body: { code: "654321" } })).status).toBe(401);
  });

  it("expires tokens after tokenTtlSeconds; refresh before expiry yields a working token", async () => {
    const c = testClock();
    const backend = createReferenceBackend({ now: c.now, tokenTtlSeconds: 60 });
    const token = await craftEasySignIn(backend);
    c.advance(50);
    const refreshed = await craftEasyCall(backend, "/auth/refresh", { method: "POST", token, body: {} });
    expect(refreshed.status).toBe(200);
    const next = (refreshed.json as Json).token as string;
    expect(next).not.toBe(token);
    expect((refreshed.json as Json).expires).toBe("2026-03-05T10:01:50Z");
    c.advance(20); // old token is now 70 s old, the new one 20 s
    const old = await craftEasyCall(backend, "/products?per_page=1", { token });
    expect(old.status).toBe(401);
    expect(old.json).toMatchObject({ error: { code: "AUTH_REQUIRED", message: "Token has expired" }, request_id: expect.any(String) });
    expect((await craftEasyCall(backend, "/products?per_page=1", { token: next })).status).toBe(200);
    expect((await craftEasyCall(backend, "/auth/refresh", { method: "POST", token, body: {} })).status).toBe(401);
  });

  it("control.expireTokens() makes every issued token answer 401", async () => {
    const backend = createReferenceBackend();
    const token = await craftEasySignIn(backend);
    backend.control.expireTokens();
    expect((await craftEasyCall(backend, "/products", { token })).status).toBe(401);
    expect((await craftEasyCall(backend, "/auth/refresh", { method: "POST", token, body: {} })).status).toBe(401);
    const fresh = await craftEasySignIn(backend);
    expect((await craftEasyCall(backend, "/products?per_page=1", { token: fresh })).status).toBe(200);
  });

  it("logout blacklists the token; garbage tokens are 401", async () => {
    const backend = createReferenceBackend();
    const token = await craftEasySignIn(backend);
    expect((await craftEasyCall(backend, "/auth/logout", { method: "POST", token, body: {} })).status).toBe(200);
    const after = await craftEasyCall(backend, "/products", { token });
    expect(after.status).toBe(401);
    expect((after.json as Json).error.message).toMatch(/revoked/);
    expect((await craftEasyCall(backend, "/products", { token: "a.b.c" })).status).toBe(401);
    expect((await craftEasyCall(backend, "/products", { token: token.slice(0, -2) + "xx" })).status).toBe(401);
  });

  it("lists the caller's sessions at /me/sessions", async () => {
    const backend = createReferenceBackend();
    const a = await craftEasySignIn(backend);
    await craftEasySignIn(backend);
    const res = await craftEasyCall(backend, "/me/sessions", { token: a });
    expect(res.status).toBe(200);
    const body = res.json as Json;
    expect(body.total).toBe(2);
    expect(body.items.filter((s: Json) => s.current)).toHaveLength(1);
  });
});
