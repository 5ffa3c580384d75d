import { describe, expect, it } from "vitest";
import { createSessionStore, decodeJwt, jwtExpiresAt, sessionStorageKey } from "./session-store.ts";
import type { StoredSession } from "./session-store.ts";

function b64url(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

const session: StoredSession = {
  token: "tok",
  tokenType: "user",
  expiresAt: 1_900_000_000_000,
  refreshToken: null,
  user: { id: "u1", email: "ada@example.com", scope: "system" },
  tokenHeader: "X-API-Key",
  savedAt: 1,
};

describe("session store", () => {
  it("persists per base URL (trailing slash ignored) and survives a new store instance", () => {
    const a = createSessionStore({ baseUrl: "https://api.example.com/" });
    a.save(session);
    expect(localStorage.getItem(sessionStorageKey("https://api.example.com"))).not.toBeNull();
    expect(createSessionStore({ baseUrl: "https://api.example.com" }).load()).toEqual(session);
    expect(createSessionStore({ baseUrl: "https://other.example.com" }).load()).toBeNull();
  });

  it("clear removes it", () => {
    const a = createSessionStore({ baseUrl: "https://x.test" });
    a.save(session);
    a.clear();
    expect(a.load()).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it("ignores and removes corrupt or incomplete entries", () => {
    const key = sessionStorageKey("https://x.test");
    localStorage.setItem(key, "{not json");
    expect(createSessionStore({ baseUrl: "https://x.test" }).load()).toBeNull();
    localStorage.setItem(key, JSON.stringify({ token: "", tokenType: "user", user: { id: "u" } }));
    expect(createSessionStore({ baseUrl: "https://x.test" }).load()).toBeNull();
    expect(localStorage.getItem(key)).toBeNull();
  });

  it("storage null keeps the session in memory only", () => {
    const s = createSessionStore({ baseUrl: "https://x.test", storage: null });
    s.save(session);
    expect(s.load()).toEqual(session);
    expect(localStorage.length).toBe(0);
  });
});

describe("decodeJwt", () => {
  it("decodes base64url payloads, including UTF-8", () => {
    const token = `${b64url('{"alg":"none"}')}.${b64url(JSON.stringify({ user_id: "u1", name: "Åsa Ölund", exp: 1_800_000_000 }))}.sig`;
    expect(decodeJwt(token)).toEqual({ user_id: "u1", name: "Åsa Ölund", exp: 1_800_000_000 });
    expect(jwtExpiresAt(token)).toBe(1_800_000_000_000);
  });
  it("returns null for anything that is not a JWT", () => {
    expect(decodeJwt("session")).toBeNull();
    expect(decodeJwt("a.%%%.c")).toBeNull();
    expect(decodeJwt(`${b64url("{}")}.${b64url("[1,2]")}.x`)).toBeNull();
    expect(decodeJwt(null)).toBeNull();
    expect(jwtExpiresAt("nope")).toBeNull();
  });
});
