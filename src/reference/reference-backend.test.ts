// The reference backend as a whole: a smoke run, fetch-style calls, and its options (idKey,
// basePath, rate limit, failEvery, faces, latency, control routes).
import { describe, expect, it } from "vitest";
import { createReferenceBackend } from "./reference-backend.ts";
import { craftEasyCall, craftEasyEtag, craftEasyFirstId, craftEasySignIn, testClock } from "./testing/reference-setup.ts";
import type { Json, WireAnswer } from "./testing/reference-setup.ts";

describe("reference backend smoke", () => {
  it("logs in, lists, gets and patches with ETags", async () => {
    const backend = createReferenceBackend();
    const token = await craftEasySignIn(backend);
    const list = await craftEasyCall(backend, "/products?page=1&per_page=5", { token });
    expect(list.status).toBe(200);
    const body = list.json as Json;
    expect(body.items).toHaveLength(5);
    expect(body.per_page).toBe(5);
    const id = body.items[0].id as string;
    const item = await craftEasyCall(backend, `/products/${id}`, { token });
    expect(item.headers.get("ETag")).toBe('"1"');
    const patched = await craftEasyCall(backend, `/products/${id}`, { method: "PATCH", token, body: { stock: 3 }, headers: { "If-Match": '"1"' } });
    expect(patched.status).toBe(200);
    expect(patched.headers.get("ETag")).toBe('"2"');
    expect((patched.json as Json).stock).toBe(3);
  });

  it("fetch() accepts fetch-style arguments", async () => {
    const backend = createReferenceBackend();
    const res = await backend.fetch("http://api.test/health", { method: "GET" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok" });
  });
});

describe("options", () => {
  it("idKey _id serves records under _id and accepts _id filters", async () => {
    const backend = createReferenceBackend({ idKey: "_id" });
    const token = await craftEasySignIn(backend);
    const page = (await craftEasyCall(backend, "/categories?per_page=2", { token })).json as Json;
    expect(page.items[0]._id).toMatch(/^[0-9a-f]{24}$/);
    expect(page.items[0].id).toBeUndefined();
    const one = (await craftEasyCall(backend, `/categories?_id=${page.items[0]._id}`, { token })).json as Json;
    expect(one.total).toBe(1);
  });

  it("basePath prefixes every route", async () => {
    const backend = createReferenceBackend({ basePath: "/api/v1/" });
    const token = await craftEasySignIn(backend, { prefix: "/api/v1" });
    expect((await craftEasyCall(backend, "/api/v1/admin/schema", { token })).status).toBe(200);
    expect((await craftEasyCall(backend, "/api/v1/products?per_page=1", { token })).status).toBe(200);
    expect((await craftEasyCall(backend, "/products?per_page=1", { token })).status).toBe(404);
  });

  it("rate limit: 429 with Retry-After and the envelope, X-RateLimit headers, then recovers", async () => {
    const c = testClock();
    const backend = createReferenceBackend({ now: c.now, rateLimit: { max: 3, windowSeconds: 10 } });
    const statuses: number[] = [];
    let last: WireAnswer | null = null;
    for (let i = 0; i < 4; i++) {
      last = await craftEasyCall(backend, "/health");
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last!.headers.get("Retry-After")).toBe("10");
    expect(last!.headers.get("X-RateLimit-Limit")).toBe("3");
    expect(last!.headers.get("X-RateLimit-Remaining")).toBe("0");
    expect(last!.json).toMatchObject({ error: { code: "RATE_LIMITED" }, request_id: expect.any(String) });
    c.advance(10);
    const after = await craftEasyCall(backend, "/health");
    expect(after.status).toBe(200);
    expect(after.headers.get("X-RateLimit-Remaining")).toBe("2");
  });

  it("failEvery: every Nth resource write fails with 500 and changes nothing", async () => {
    const backend = createReferenceBackend({ failEvery: 3 });
    const token = await craftEasySignIn(backend);
    const results: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await craftEasyCall(backend, "/webhooks", { method: "POST", token, body: { name: `Hook ${i}`, target_url: "https://example.com/h" } });
      results.push(res.status);
      if (res.status === 500) expect(res.json).toMatchObject({ error: { code: "INTERNAL_ERROR" } });
    }
    expect(results).toEqual([201, 201, 500, 201, 201, 500]);
    expect(((await craftEasyCall(backend, "/webhooks?name__regex=^Hook", { token })).json as Json).total).toBe(4);
  });

  it("mounts extra dialect faces under their prefix, sharing the store", async () => {
    const backend = createReferenceBackend({
      failEvery: 1,
      faces: [
        ({ store }) => ({
          prefix: "/admin/api",
          handle: async (_request, path) => new Response(JSON.stringify({ path, categories: store.count("categories") }), { status: 200 }),
          error: (status, code) => new Response(JSON.stringify({ status_code: status, detail: code }), { status }),
        }),
      ],
    });
    const res = await craftEasyCall(backend, "/admin/api/models");
    expect(res.json).toEqual({ path: "/admin/api/models", categories: 24 });
    const failed = await craftEasyCall(backend, "/admin/api/models/products", { method: "POST", body: {} });
    expect(failed.json).toEqual({ status_code: 500, detail: "INTERNAL_ERROR" });
    expect((await craftEasyCall(backend, "/admin/schema")).status).toBe(401);
  });

  it("latencyMs delays answers", async () => {
    const backend = createReferenceBackend({ latencyMs: 60 });
    const t0 = performance.now();
    await craftEasyCall(backend, "/health");
    expect(performance.now() - t0).toBeGreaterThanOrEqual(50);
  });

  it("control routes exist only when enabled; reset restores the seed", async () => {
    const off = createReferenceBackend();
    expect((await craftEasyCall(off, "/__control/reset", { method: "POST" })).status).toBe(404);
    const backend = createReferenceBackend({ enableControlRoutes: true });
    const token = await craftEasySignIn(backend);
    const id = await craftEasyFirstId(backend, token, "/categories?name=Seasonal");
    const tag = await craftEasyEtag(backend, token, `/categories/${id}`);
    const touched = await craftEasyCall(backend, `/__control/touch/categories/${id}`, { method: "POST" });
    expect(touched.json).toMatchObject({ ok: true });
    expect((touched.json as Json).etag).not.toBe(tag);
    const newTag = await craftEasyEtag(backend, token, `/categories/${id}`);
    await craftEasyCall(backend, `/categories/${id}`, { method: "DELETE", token, headers: { "If-Match": newTag } });
    expect((await craftEasyCall(backend, `/categories/${id}`, { token })).status).toBe(404);
    expect((await craftEasyCall(backend, "/__control/reset", { method: "POST" })).status).toBe(200);
    expect((await craftEasyCall(backend, `/categories/${id}`, { token })).status).toBe(200);
    expect((await craftEasyCall(backend, "/__control/expire-tokens", { method: "POST" })).status).toBe(200);
    expect((await craftEasyCall(backend, `/categories/${id}`, { token })).status).toBe(401);
  });
});
