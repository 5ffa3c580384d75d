import { describe, expect, it } from "vitest";
import { parseExpires, parseTokenResponse, refreshDelayMs, tokenHeaderValue, userFromToken } from "./craft-easy-auth.ts";
import { defaultCraftEasySettings, parseCraftEasySettings, resolveCraftEasySettings } from "./craft-easy-settings.ts";
import { writableBody } from "./craft-easy-fields.ts";
import { makeJwt, usersResource } from "./craft-easy-test-fixtures.ts";

describe("token handling", () => {
  it("parses a TokenResponse; expires is absolute ISO, else the JWT exp", () => {
    const t = makeJwt({ user_id: "u1", exp: 2_000_000_000 });
    expect(parseTokenResponse({ token: t, token_type: "user", expires: "2026-04-05T12:30:00Z", requires_2fa: false })).toEqual({
      token: t,
      tokenType: "user",
      expiresAt: Date.parse("2026-04-05T12:30:00Z"),
      requires2fa: false,
    });
    expect(parseTokenResponse({ token: t }).expiresAt).toBe(2_000_000_000_000);
    expect(parseTokenResponse({ token: t, token_type: "pre_auth" }).requires2fa).toBe(true);
    expect(() => parseTokenResponse({ message: "ok" })).toThrow(/did not contain a token/);
    expect(parseExpires(1_700_000_000)).toBe(1_700_000_000_000);
    expect(parseExpires("garbage")).toBeNull();
  });

  it("Bearer prefix only for the Authorization header", () => {
    expect(tokenHeaderValue("X-API-Key", "t")).toBe("t");
    expect(tokenHeaderValue("Authorization", "t")).toBe("Bearer t");
    expect(tokenHeaderValue("authorization", "t")).toBe("Bearer t");
  });

  it("user from the login target and the JWT claims", () => {
    expect(userFromToken(makeJwt({ user_id: "u9", scope: "system" }), "ada@example.com")).toEqual({
      id: "u9",
      email: "ada@example.com",
      scope: "system",
    });
    expect(userFromToken(makeJwt({ sub: 5 }), "+46700000000")).toEqual({ id: "5", name: "+46700000000" });
    expect(userFromToken("not-a-jwt", "ada@example.com")).toEqual({ id: "ada@example.com", email: "ada@example.com" });
  });

  it("refresh delay: min(2 minutes before expiry, 80 % of remaining), bounded below", () => {
    expect(refreshDelayMs(30 * 60_000, 0)).toBe(24 * 60_000);
    expect(refreshDelayMs(5 * 60_000, 0)).toBe(3 * 60_000);
    expect(refreshDelayMs(60_000, 0)).toBe(5_000); // under 2 minutes: soon, but not in a tight loop
    expect(refreshDelayMs(2_000, 0)).toBe(1_600);
    expect(refreshDelayMs(0, 10)).toBe(0);
  });
});

describe("settings", () => {
  it("parses untyped config, ignoring wrong types and unknown keys", () => {
    expect(
      parseCraftEasySettings({
        verifyEndpoint: "/v",
        maxPerPage: "200",
        writeConcurrency: 0,
        smsEnabled: "yes",
        searchMode: "fuzzy",
        idField: "_id",
        tokenHeader: "",
        loginEndpoint: null,
        devCredentials: [{ email: "a@b.c", code: "1" }, { nope: 1 }],
        unknown: 1,
      }),
    ).toEqual({ verifyEndpoint: "/v", maxPerPage: 200, idField: "_id", loginEndpoint: null, devCredentials: [{ email: "a@b.c", code: "1" }] });
  });
  it("resolves defaults (craft-easy.md §13)", () => {
    const s = resolveCraftEasySettings({ maxPerPage: 50, loginEndpoint: undefined });
    expect(s.maxPerPage).toBe(50);
    expect(s).toMatchObject({
      verifyEndpoint: "/auth/login/verify",
      verifyFallbackEndpoint: "/auth/verify-otp",
      twoFactorEndpoint: "/auth/2fa/verify",
      twoFactorFallbackEndpoint: "/auth/verify-2fa",
      twoFactorCodeField: "code",
      applicationId: "admin-client",
      smsLoginEndpoint: "/auth/login/sms",
      smsEnabled: false,
      idField: "auto",
      sortParam: "sort",
      searchMode: "regex",
      searchParam: "q",
      auditResource: "auto",
      uploadEndpoint: null,
      writeConcurrency: 4,
      loginEndpoint: null,
    });
    expect(defaultCraftEasySettings.maxPerPage).toBe(100);
  });
});

describe("writableBody", () => {
  it("drops the id, server-managed and readonly fields, keeps nulls", () => {
    expect(
      writableBody(usersResource, {
        id: "1",
        _id: "1",
        name: "A",
        email: null,
        role: "admin",
        created_at: "x",
        tenant_id: "t",
        revision_id: 2,
        is_deleted: false,
        extra: undefined,
      }),
    ).toEqual({ name: "A", email: null });
  });
});
