// Wire bodies (craft-easy.md §4, §5.1, §9): what each parser accepts, what it tolerates, and the
// clear BAD_RESPONSE error when an answer does not have the shape at all.
import { describe, expect, it } from "vitest";
import { ApiError } from "../api-error.ts";
import { toActivityEntry } from "./craft-easy-activity.ts";
import { parseTokenResponse } from "./craft-easy-auth.ts";
import { readPage } from "./craft-easy-list-page.ts";
import { createCraftEasySchemaAuth } from "./craft-easy-schema-auth.ts";
import { defaultCraftEasySettings } from "./craft-easy-settings.ts";
import { makeJwt } from "./craft-easy-test-fixtures.ts";

function thrown(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error("did not throw");
}

describe("list page", () => {
  it("reads {items, total, page, per_page}; records only; missing numbers fall back", () => {
    expect(readPage({ items: [{ id: 1 }, 2, null, [3], { id: 4 }], total: 9, page: 3, per_page: 2 }, 200, "GET /x")).toEqual({
      items: [{ id: 1 }, { id: 4 }],
      total: 9,
      page: 3,
      perPage: 2,
    });
    expect(readPage({ items: [{ id: 1 }], total: "9", page: null }, 200, "GET /x")).toEqual({ items: [{ id: 1 }], total: 1, page: 1, perPage: 1 });
  });

  it("an answer without an items array is BAD_RESPONSE naming the request", () => {
    for (const bad of [[{ id: 1 }], { items: "x" }, { data: [] }, null, "page"]) {
      const e = thrown(() => readPage(bad, 200, "GET /users"));
      expect(e).toMatchObject({ status: 200, code: "BAD_RESPONSE", details: bad });
      expect(e.message).toBe("The server's answer to GET /users is not a list page ({items, total, page, per_page}).");
    }
  });
});

describe("token response", () => {
  it("tolerates a missing or odd token_type / requires_2fa, and a numeric expires", () => {
    const t = makeJwt({ user_id: "u1" });
    expect(parseTokenResponse({ token: t, token_type: 7, requires_2fa: "yes", expires: 1_700_000_000 })).toEqual({
      token: t,
      tokenType: "user",
      expiresAt: 1_700_000_000_000,
      requires2fa: false,
    });
  });

  it("an empty, missing or non-string token is BAD_RESPONSE with the answer's status", () => {
    for (const bad of [{ token: "" }, { token: 5 }, [], "token"]) {
      expect(thrown(() => parseTokenResponse(bad, 201))).toMatchObject({ status: 201, code: "BAD_RESPONSE", message: "The sign-in answer did not contain a token." });
    }
  });
});

describe("schema auth", () => {
  it("takes non-empty strings only; a non-object auth keeps the last one; settings win", () => {
    const auth = createCraftEasySchemaAuth(defaultCraftEasySettings);
    expect(auth.apply({ login_endpoint: "/in", refresh_endpoint: "", token_header: 3 })).toBe(true);
    expect([auth.loginEndpoint(), auth.refreshEndpoint(), auth.tokenHeader()]).toEqual(["/in", "/auth/refresh", "X-API-Key"]);
    expect(auth.tokenHeader("Authorization")).toBe("Authorization");
    expect(auth.apply(["/x"])).toBe(false);
    expect(auth.apply(null)).toBe(false);
    expect(auth.loginEndpoint()).toBe("/in");
    const pinned = createCraftEasySchemaAuth({ ...defaultCraftEasySettings, loginEndpoint: "/mine", tokenHeader: "X-Token" });
    pinned.apply({ login_endpoint: "/theirs", token_header: "Authorization" });
    expect([pinned.loginEndpoint(), pinned.tokenHeader()]).toEqual(["/mine", "X-Token"]);
  });
});

describe("audit entry", () => {
  it("numbers read as text, wrong types drop out, non-record changes are skipped", () => {
    expect(
      toActivityEntry({
        action: "update",
        resource: "users",
        item_id: 42,
        timestamp: "2026-03-01T10:00:00Z",
        user_id: 7,
        user_name: "",
        changes: { name: { old: "A", new: "B" }, bad: "x" },
        snapshot: ["not", "a", "record"],
      }),
    ).toEqual({
      action: "update",
      resource: "users",
      recordId: "42",
      timestamp: "2026-03-01T10:00:00Z",
      user: "7",
      changes: { name: { old: "A", new: "B" } },
    });
    expect(toActivityEntry({ operation: { x: 1 }, changes: [1] })).toEqual({ action: "change", resource: "", recordId: null, timestamp: "", user: null, changes: {} });
  });
});
