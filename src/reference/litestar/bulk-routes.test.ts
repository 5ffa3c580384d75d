// Bulk delete and actions (F18), import not mounted (F19), the rate limiter (F20) and simulated
// write failures (litestar-admin.md §11, §12, §14).
import { beforeAll, describe, expect, it } from "vitest";
import { F18_BULK_DELETE, F19_IMPORT_PREVIEW } from "../../backend/litestar-admin/litestar-fixtures.ts";
import type { ReferenceBackend } from "../reference-backend.ts";
import { litestarCall, litestarSignIn, testReference } from "../testing/reference-setup.ts";
import type { Json } from "../testing/reference-setup.ts";

let handle: ReferenceBackend;
let admin: { access: string; refresh: string };

beforeAll(async () => {
  handle = testReference();
  admin = await litestarSignIn(handle);
});

describe("F18 bulk, F19 import, F20 rate limit", () => {
  it("F18: bulk delete skips unknown ids; no audit rows", async () => {
    const r = await litestarCall(handle, "POST", "/admin/api/models/products/bulk/delete", { token: admin.access, body: { ids: ["999"], soft_delete: false } });
    expect(r.json).toEqual(JSON.parse(F18_BULK_DELETE.body));
    const empty = await litestarCall(handle, "POST", "/admin/api/models/products/bulk/delete", { token: admin.access, body: { ids: [] } });
    expect(empty.json).toEqual({ status_code: 400, detail: "IDs array cannot be empty" });
    const h = testReference({ seed: { orders: 10 } });
    const t = await litestarSignIn(h);
    const ids = (await litestarCall(h, "GET", "/admin/api/models/webhooks?limit=2", { token: t.access })).json.items.map((i: Json) => i.id);
    const audit = h.store.auditLog().length;
    const del = await litestarCall(h, "POST", "/admin/api/models/webhooks/bulk/delete", { token: t.access, body: { ids, soft_delete: false } });
    expect(del.json).toEqual({ deleted: 2, success: true });
    expect(h.store.auditLog().length).toBe(audit);
  });

  it("F18: a custom bulk action → {success, affected, result}; no audit rows; unknown action 404", async () => {
    const h = testReference({ seed: { orders: 10 } });
    const t = await litestarSignIn(h);
    const ids = (await litestarCall(h, "GET", "/admin/api/models/products?limit=2", { token: t.access })).json.items.map((i: Json) => i.id);
    const audit = h.store.auditLog().length;
    const r = await litestarCall(h, "POST", "/admin/api/models/products/bulk/archive", { token: t.access, body: { ids: [...ids, "nope"], params: {} } });
    expect(r.json).toEqual({ success: true, affected: 2, result: { note: "2 record(s) archived" } });
    expect(h.store.auditLog().length).toBe(audit);
    expect((await litestarCall(h, "GET", `/admin/api/models/products/${ids[0]}`, { token: t.access })).json.status).toBe("archived");
    const unknown = await litestarCall(h, "POST", "/admin/api/models/products/bulk/explode", { token: t.access, body: { ids } });
    expect(unknown.json).toEqual({ status_code: 404, detail: "Bulk action 'explode' not found on model 'products'" });
  });

  it("a wrong field type → 400 + extra in msgspec's words; the first problem in field order wins", async () => {
    const extraOf = async (path: string, body: unknown) => (await litestarCall(handle, "POST", path, { token: admin.access, body })).json.extra;
    const del = "/admin/api/models/products/bulk/delete";
    expect(await extraOf(del, { ids: "1" })).toEqual([{ message: "Expected `array`, got `str`", key: "ids", source: "body" }]);
    expect(await extraOf(del, { ids: [], soft_delete: "yes" })).toEqual([{ message: "Expected `bool`, got `str`", key: "soft_delete", source: "body" }]);
    expect(await extraOf(del, { soft_delete: 1 })).toEqual([{ message: "Object missing required field `ids`", key: "ids", source: "body" }]);
    const action = "/admin/api/models/products/bulk/archive";
    expect(await extraOf(action, { ids: ["x"], params: [] })).toEqual([{ message: "Expected `object`, got `array`", key: "params", source: "body" }]);
    expect(await extraOf(action, { ids: ["x"], params: null })).toEqual([{ message: "Expected `object`, got `null`", key: "params", source: "body" }]);
    expect(await extraOf("/admin/api/auth/login", { email: 1.5, password: 2 })).toEqual([{ message: "Expected `str`, got `float`", key: "email", source: "body" }]);
    expect(await extraOf("/admin/api/models/products/bulk/export", { ids: {} })).toEqual([{ message: "Expected `array`, got `object`", key: "ids", source: "body" }]);
  });

  it("F19: import is not mounted: JSON 404", async () => {
    const r = await litestarCall(handle, "POST", "/admin/api/models/products/import/preview", { token: admin.access, body: {} });
    expect(r.status).toBe(404);
    expect(r.json).toEqual(JSON.parse(F19_IMPORT_PREVIEW.body));
  });

  it("F20: the rate limiter's 429 body and headers (json.dumps spacing)", async () => {
    let t = Date.parse("2026-03-01T10:00:00Z");
    const h = testReference({ seed: { orders: 10 }, rateLimit: { max: 3, windowSeconds: 60 }, now: () => t });
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++) remaining.push((await litestarCall(h, "GET", "/admin/api/config")).headers.get("x-ratelimit-remaining") ?? "");
    expect(remaining).toEqual(["2", "1", "0"]);
    const r = await litestarCall(h, "GET", "/admin/api/config");
    expect(r.status).toBe(429);
    expect(r.text).toBe('{"error": "Too Many Requests", "retry_after": 60}');
    expect(r.headers.get("retry-after")).toBe("60");
    expect(r.headers.get("x-ratelimit-limit")).toBe("3");
    t += 61_000;
    expect((await litestarCall(h, "GET", "/admin/api/config")).status).toBe(200);
  });

  it("a simulated write failure (failEvery) is litestar's bare 500", async () => {
    const h = testReference({ seed: { orders: 10 }, failEvery: 1 });
    const t = await litestarSignIn(h);
    const id = (await litestarCall(h, "GET", "/admin/api/models/webhooks?limit=1", { token: t.access })).json.items[0].id;
    const r = await litestarCall(h, "PATCH", `/admin/api/models/webhooks/${id}`, { token: t.access, body: { name: "x" } });
    expect(r.json).toEqual({ status_code: 500, detail: "Internal Server Error" });
  });
});
