// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startReferenceServer } from "./reference-server.ts";
import type { ReferenceServer } from "./reference-server.ts";
import { craftEasySignIn, overHttp } from "../../src/reference/testing/reference-setup.ts";

interface ListBody {
  items: { id: string; name: string }[];
  total: number;
}

describe("reference server over real HTTP", () => {
  let server: ReferenceServer;
  let token: string;

  beforeAll(async () => {
    server = await startReferenceServer({ port: 0 });
    token = await craftEasySignIn(overHttp(server.url));
  });
  afterAll(async () => {
    await server.close();
  });

  it("binds to loopback on a free port", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).not.toMatch(/:0$/);
  });

  it("answers the CORS preflight", async () => {
    const res = await fetch(`${server.url}/products/abc`, {
      method: "OPTIONS",
      headers: { Origin: "http://localhost:5173", "Access-Control-Request-Method": "PATCH", "Access-Control-Request-Headers": "x-api-key, if-match, content-type" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toContain("PATCH");
    expect(res.headers.get("access-control-allow-headers")).toContain("If-Match");
    expect(res.headers.get("access-control-allow-headers")).toContain("X-API-Key");
  });

  it("exposes ETag on reads and honours If-None-Match / If-Match", async () => {
    const list = await fetch(`${server.url}/categories?per_page=3&sort=name`, { headers: { "X-API-Key": token } });
    expect(list.status).toBe(200);
    expect(list.headers.get("access-control-expose-headers")).toContain("ETag");
    const body = (await list.json()) as ListBody;
    expect(body.items).toHaveLength(3);
    const id = body.items[0]!.id;
    const item = await fetch(`${server.url}/categories/${id}`, { headers: { "X-API-Key": token } });
    const etag = item.headers.get("etag")!;
    expect(etag).toMatch(/^"\d+"$/);
    const cached = await fetch(`${server.url}/categories/${id}`, { headers: { "X-API-Key": token, "If-None-Match": etag } });
    expect(cached.status).toBe(304);
    const noMatch = await fetch(`${server.url}/categories/${id}`, { method: "PATCH", headers: { "X-API-Key": token, "Content-Type": "application/json" }, body: JSON.stringify({ sort_order: 5 }) });
    expect(noMatch.status).toBe(428);
    const ok = await fetch(`${server.url}/categories/${id}`, { method: "PATCH", headers: { "X-API-Key": token, "Content-Type": "application/json", "If-Match": etag }, body: JSON.stringify({ sort_order: 5 }) });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("etag")).not.toBe(etag);
  });

  it("serves the schema with ETag/304 and 401 without a token", async () => {
    const anon = await fetch(`${server.url}/admin/schema`);
    expect(anon.status).toBe(401);
    expect(anon.headers.get("access-control-allow-origin")).toBe("*");
    const res = await fetch(`${server.url}/admin/schema`, { headers: { "X-API-Key": token } });
    const etag = res.headers.get("etag")!;
    expect(res.status).toBe(200);
    const again = await fetch(`${server.url}/admin/schema`, { headers: { "X-API-Key": token, "If-None-Match": etag } });
    expect(again.status).toBe(304);
  });

  it("exposes the control routes (reset, touch, expire-tokens)", async () => {
    const list = (await (await fetch(`${server.url}/products?per_page=1`, { headers: { "X-API-Key": token } })).json()) as ListBody;
    const id = list.items[0]!.id;
    const before = (await fetch(`${server.url}/products/${id}`, { headers: { "X-API-Key": token } })).headers.get("etag");
    const touched = await fetch(`${server.url}/__control/touch/products/${id}`, { method: "POST" });
    expect(touched.status).toBe(200);
    const after = (await fetch(`${server.url}/products/${id}`, { headers: { "X-API-Key": token } })).headers.get("etag");
    expect(after).not.toBe(before);
    expect((await fetch(`${server.url}/__control/reset`, { method: "POST" })).status).toBe(200);
    expect((await fetch(`${server.url}/products/${id}`, { headers: { "X-API-Key": token } })).headers.get("etag")).toBe(before);
    expect((await fetch(`${server.url}/__control/expire-tokens`, { method: "POST" })).status).toBe(200);
    expect((await fetch(`${server.url}/products?per_page=1`, { headers: { "X-API-Key": token } })).status).toBe(401);
  });
});

describe("reference server options", () => {
  it("passes backend options through (rate limit headers are readable cross-origin)", async () => {
    const server = await startReferenceServer({ rateLimit: { max: 1, windowSeconds: 30 } });
    try {
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
      const limited = await fetch(`${server.url}/health`);
      expect(limited.status).toBe(429);
      expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(limited.headers.get("access-control-expose-headers")).toContain("Retry-After");
    } finally {
      await server.close();
    }
  });
});
