// Contract tests of the session (litestar-session.ts): loss on the text/plain 404 (F4), the refresh
// (F3) and the proactive refresh.
import { describe, expect, it } from "vitest";
import type { ResourceSchema } from "../../protocol/types.ts";
import { F3_REFRESH_FAILED, FIXTURE_TOKENS } from "./litestar-fixtures.ts";
import { serveDuringTests, json, plain404, signedIn, caught } from "./litestar-test-server.ts";

serveDuringTests();

describe("F4 session loss: text/plain 404", () => {
  it("refreshes once and retries the request with the new token", async () => {
    let refreshed = false;
    const { backend, post, seen } = await signedIn({
      "POST /admin/api/auth/refresh": () => {
        refreshed = true;
        return json({ access_token: "fresh", refresh_token: FIXTURE_TOKENS.refresh, token_type: "bearer", expires_in: "3600" });
      },
      "GET /admin/api/models/post/2": (req) => (req.headers.get("authorization") === "Bearer fresh" ? json({ id: 2, title: "Post 1" }) : plain404()),
    });
    const got = await backend.get(post, 2);
    expect(refreshed).toBe(true);
    expect(got).toEqual({ item: { id: 2, title: "Post 1" }, version: null });
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual([
      "GET /admin/api/models/post/2",
      "POST /admin/api/auth/refresh",
      "GET /admin/api/models/post/2",
    ]);
    expect(seen.filter((s) => s.path.endsWith("/refresh"))).toHaveLength(1);
  });

  it("F3: a failed refresh loses the session (authLost, listeners told, user gone)", async () => {
    const { backend, post, seen } = await signedIn({
      "POST /admin/api/auth/refresh": F3_REFRESH_FAILED,
      "GET /admin/api/models/post/2": plain404,
    });
    const reasons: string[] = [];
    backend.onSessionChange((_u, r) => reasons.push(r));
    const e = await caught(backend.get(post, 2));
    expect(e.authLost).toBe(true);
    expect(e.status).toBe(404);
    expect(reasons).toEqual(["lost"]);
    expect(backend.currentUser()).toBeNull();
    expect(seen.filter((s) => s.path.endsWith("/refresh"))).toHaveLength(1);
  });

  it("a retried request that is still the text/plain 404 loses the session after one refresh", async () => {
    const { backend, post, seen } = await signedIn({
      "POST /admin/api/auth/refresh": () => json({ access_token: "fresh", refresh_token: "r", token_type: "bearer", expires_in: "3600" }),
      "GET /admin/api/models/post/2": plain404,
    });
    const e = await caught(backend.get(post, 2));
    expect(e.authLost).toBe(true);
    expect(seen.filter((s) => s.path.endsWith("/refresh"))).toHaveLength(1);
    expect(backend.currentUser()).toBeNull();
  });

  it("a guard 401 never triggers a refresh", async () => {
    const { backend, post, seen } = await signedIn({
      "GET /admin/api/models/post/2": () => json({ status_code: 401, detail: "Permission 'users:read' required" }, 401),
    });
    const e = await caught(backend.get(post, 2));
    expect(e.status).toBe(401);
    expect(e.authLost).toBe(false);
    expect(seen.filter((s) => s.path.endsWith("/refresh"))).toHaveLength(0);
    expect(backend.currentUser()).not.toBeNull();
  });
});

describe("proactive refresh", () => {
  it("proactive refresh posts {refresh_token} and keeps the echoed refresh token", async () => {
    const { backend, timers, seen } = await signedIn({
      "POST /admin/api/auth/refresh": (_req, s) =>
        json({ access_token: "new-access", refresh_token: (s.body as { refresh_token: string }).refresh_token, token_type: "bearer", expires_in: "3600" }),
      "GET /admin/api/models/post/1": () => json({ id: 1 }),
    });
    timers[0]?.fn();
    await new Promise((r) => setTimeout(r, 10));
    expect(seen.find((s) => s.path === "/admin/api/auth/refresh")?.body).toEqual({ refresh_token: FIXTURE_TOKENS.refresh });
    await backend.get({ name: "post" } as ResourceSchema, 1);
    expect(seen.at(-1)?.auth).toBe("Bearer new-access");
  });
});
