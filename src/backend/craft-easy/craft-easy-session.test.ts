// The session over HTTP: persistence, refresh, logout of the Craft Easy adapter, against a mock server (MSW).
import { describe, expect, it, vi } from "vitest";
import { http, HttpResponse } from "msw";
import type { ApiError } from "../api-error.ts";
import type { CurrentUser } from "../types.ts";
import { createCraftEasyBackend } from "./craft-easy-backend.ts";
import { backend, BASE, err, identity, recorder, server, signIn, tokenResponse, startCraftEasyServer } from "./craft-easy-test-server.ts";
import type { Seen } from "./craft-easy-test-server.ts";
import { usersResource } from "./craft-easy-test-fixtures.ts";

startCraftEasyServer();

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
