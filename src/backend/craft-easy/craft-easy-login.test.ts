// Sign-in steps of the Craft Easy adapter, against a mock server (MSW).
import { describe, expect, it, vi } from "vitest";
import { http, HttpResponse } from "msw";
import { ApiError } from "../api-error.ts";
import { backend, BASE, bodyOf, err, recorder, server, tokenResponse, startCraftEasyServer } from "./craft-easy-test-server.ts";

startCraftEasyServer();

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
