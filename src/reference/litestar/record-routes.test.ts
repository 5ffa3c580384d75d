// The record routes against fixtures F8–F14 (litestar-admin.md §6, §9): offset/limit, search and
// sort only, 400 + extra, constraint errors as the bare 500, PATCH renaming the PK, PUT nulling.
import { beforeAll, describe, expect, it } from "vitest";
import { F8_LIST, F12_CONSTRAINT } from "../../backend/litestar-admin/litestar-fixtures.ts";
import type { ReferenceBackend } from "../reference-backend.ts";
import { expectFixtureShape } from "../testing/expect-fixture-shape.ts";
import { litestarCall, litestarFirstId, litestarSignIn, testReference } from "../testing/reference-setup.ts";
import type { Json } from "../testing/reference-setup.ts";

let handle: ReferenceBackend;
let admin: { access: string; refresh: string };

beforeAll(async () => {
  handle = testReference();
  admin = await litestarSignIn(handle);
});

describe("F8 / F9 list", () => {
  it("F8: {items,total,offset,limit}; list columns only; naive timestamps", async () => {
    const r = await litestarCall(handle, "GET", "/admin/api/models/orders?offset=1&limit=2", { token: admin.access });
    expectFixtureShape(r, F8_LIST);
    expect(r.json.offset).toBe(1);
    expect(r.json.limit).toBe(2);
    expect(r.json.items).toHaveLength(2);
    expect(Object.keys(r.json.items[0])).toEqual(["id", "number", "customer_id", "status", "total", "ordered_at", "express"]);
    expect(r.json.items[0].ordered_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?$/);
  });

  it("GET one returns every column (list columns are a subset)", async () => {
    const id = await litestarFirstId(handle, admin.access, "orders");
    const r = await litestarCall(handle, "GET", `/admin/api/models/orders/${id}`, { token: admin.access });
    expect(Object.keys(r.json)).toEqual(expect.arrayContaining(["id", "quantity", "notes", "product_ids", "created_at", "updated_at"]));
    expect(r.json.created_at).not.toMatch(/Z$/);
  });

  it("clamps offset/limit and reports the values used", async () => {
    const r = await litestarCall(handle, "GET", "/admin/api/models/customers?offset=-5&limit=1000", { token: admin.access });
    expect(r.json.offset).toBe(0);
    expect(r.json.limit).toBe(100);
    expect(r.json.items).toHaveLength(100);
    const d = await litestarCall(handle, "GET", "/admin/api/models/customers", { token: admin.access });
    expect(d.json.limit).toBe(50);
  });

  it("F9: a non-integer limit → 400 with extra (query)", async () => {
    const r = await litestarCall(handle, "GET", "/admin/api/models/products?limit=abc", { token: admin.access });
    expect(r.status).toBe(400);
    expect(r.json).toEqual({
      status_code: 400,
      detail: "Validation failed for GET /admin/api/models/products?limit=abc",
      extra: [{ message: "Expected `int`, got `str`", key: "limit", source: "query" }],
    });
  });

  it("no filters: unknown query parameters are ignored", async () => {
    const all = await litestarCall(handle, "GET", "/admin/api/models/products?limit=1", { token: admin.access });
    const filtered = await litestarCall(handle, "GET", "/admin/api/models/products?limit=1&status=draft&status__eq=draft&where=%7B%7D", { token: admin.access });
    expect(filtered.json.total).toBe(all.json.total);
  });

  it("search is ILIKE over the searchable string columns, % and _ unescaped", async () => {
    const r = await litestarCall(handle, "GET", "/admin/api/models/products?search=TENT&limit=100", { token: admin.access });
    expect(r.json.total).toBeGreaterThan(0);
    expect(r.json.total).toBeLessThan(600);
    for (const item of r.json.items) expect(`${item.name} ${item.sku}`.toLowerCase()).toContain("tent");
    const wild = await litestarCall(handle, "GET", "/admin/api/models/products?search=%25&limit=1", { token: admin.access });
    expect(wild.json.total).toBe(600);
  });

  it("sort_by/sort_order on a sortable column; a non-sortable column is silently ignored", async () => {
    const desc = await litestarCall(handle, "GET", "/admin/api/models/products?sort_by=price&sort_order=desc&limit=5", { token: admin.access });
    const prices = desc.json.items.map((i: Json) => i.price);
    expect(prices).toEqual([...prices].sort((a: number, b: number) => b - a));
    const plain = await litestarCall(handle, "GET", "/admin/api/models/products?limit=5", { token: admin.access });
    const ignored = await litestarCall(handle, "GET", "/admin/api/models/products?sort_by=featured&sort_order=desc&limit=5", { token: admin.access });
    expect(ignored.status).toBe(200);
    expect(ignored.json.items.map((i: Json) => i.id)).toEqual(plain.json.items.map((i: Json) => i.id));
  });
});

describe("F10 – F14 records", () => {
  it("F10: unknown model / unknown record → JSON 404", async () => {
    const m = await litestarCall(handle, "GET", "/admin/api/models/nope", { token: admin.access });
    expect(m.status).toBe(404);
    expect(m.json).toEqual({ status_code: 404, detail: "Model 'nope' not found" });
    const rec = await litestarCall(handle, "GET", "/admin/api/models/products/999", { token: admin.access });
    expect(rec.json).toEqual({ status_code: 404, detail: "Record '999' not found in 'products'" });
  });

  it("F11: a non-object body → 400 with extra key data (body)", async () => {
    const r = await litestarCall(handle, "POST", "/admin/api/models/products", { token: admin.access, body: [] });
    expect(r.json).toEqual({
      status_code: 400,
      detail: "Validation failed for POST /admin/api/models/products",
      extra: [{ message: "Expected `object`, got `array`", key: "data", source: "body" }],
    });
  });

  it("F12: NOT NULL, UNIQUE, FK, unknown key and bad type all answer the bare 500", async () => {
    const catId = await litestarFirstId(handle, admin.access, "categories");
    const existing = await litestarCall(handle, "GET", "/admin/api/models/products?limit=1", { token: admin.access });
    const base = { name: "Test product", sku: "ZZZ-0001", category_id: catId, status: "draft", price: 10 };
    const bodies = [
      { ...base, name: null },
      { ...base, sku: existing.json.items[0].sku },
      { ...base, category_id: "000000000000000000000000" },
      { ...base, bogus: 1 },
      { ...base, price: "cheap" },
      { ...base, status: "sold-out" },
      // a NOT NULL enum with a default still refuses null
      { ...base, status: null },
    ];
    for (const body of bodies) {
      const r = await litestarCall(handle, "POST", "/admin/api/models/products", { token: admin.access, body });
      expect(r.status).toBe(500);
      expect(r.json).toEqual(JSON.parse(F12_CONSTRAINT.body));
    }
  });

  it("create → 201 with every column; '' → NULL; unparseable dates → NULL; generated values filled", async () => {
    const catId = await litestarFirstId(handle, admin.access, "categories");
    const r = await litestarCall(handle, "POST", "/admin/api/models/products", {
      token: admin.access,
      body: { name: "Fresh thing", sku: "NEW-0001", category_id: catId, status: "draft", price: 12.5, website: "", launch_date: "not a date" },
    });
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({ name: "Fresh thing", website: null, launch_date: null, featured: false, status: "draft" });
    expect(typeof r.json.id).toBe("string");
    expect(r.json.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T[\d:.]+$/);
    const customer = await litestarFirstId(handle, admin.access, "customers");
    const product = await litestarFirstId(handle, admin.access, "products");
    const o = await litestarCall(handle, "POST", "/admin/api/models/orders", {
      token: admin.access,
      body: { customer_id: customer, product_ids: [product], quantity: 1, total: 5, status: "pending", ordered_at: "2026-03-01T10:00:00Z" },
    });
    expect(o.status).toBe(201);
    expect(o.json.number).toMatch(/^ORD-\d{6}$/);
    // a NOT NULL enum left out takes its default
    const defaulted = await litestarCall(handle, "POST", "/admin/api/models/products", {
      token: admin.access,
      body: { name: "Defaulted thing", sku: "NEW-0002", category_id: catId, price: 1 },
    });
    expect(defaulted.status).toBe(201);
    expect(defaulted.json.status).toBe("draft");
    expect(o.json.ordered_at).toBe("2026-03-01T10:00:00");
  });

  it("F13: PATCH renames the PK; the old id is then 404", async () => {
    const h = testReference({ seed: { orders: 10 } });
    const t = await litestarSignIn(h);
    const list = await litestarCall(h, "GET", "/admin/api/models/webhooks?limit=1", { token: t.access });
    const id = list.json.items[0].id;
    const r = await litestarCall(h, "PATCH", `/admin/api/models/webhooks/${id}`, { token: t.access, body: { id: "renamed-77", name: "Renamed" } });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ id: "renamed-77", name: "Renamed" });
    expect((await litestarCall(h, "GET", `/admin/api/models/webhooks/${id}`, { token: t.access })).status).toBe(404);
    expect((await litestarCall(h, "GET", "/admin/api/models/webhooks/renamed-77", { token: t.access })).json.name).toBe("Renamed");
  });

  it("PATCH sets only the given keys; PUT nulls missing nullable columns and keeps NOT NULL ones", async () => {
    const id = await litestarFirstId(handle, admin.access, "customers");
    const before = (await litestarCall(handle, "GET", `/admin/api/models/customers/${id}`, { token: admin.access })).json;
    const p = await litestarCall(handle, "PATCH", `/admin/api/models/customers/${id}`, { token: admin.access, body: { tier: "gold" } });
    expect(p.json).toMatchObject({ tier: "gold", name: before.name, email: before.email });
    const put = await litestarCall(handle, "PUT", `/admin/api/models/customers/${id}`, { token: admin.access, body: { tier: "silver" } });
    expect(put.status).toBe(200);
    expect(put.json).toMatchObject({ tier: "silver", name: before.name, email: before.email, phone: null, country: null, notes: null });
  });

  it("can_* flags are not enforced on single-record routes, but bulk delete checks can_delete", async () => {
    const editor = await litestarSignIn(handle, "editor@example.com");
    const catId = (await litestarCall(handle, "GET", "/admin/api/models/categories?search=Gift&limit=1", { token: admin.access })).json.items[0].id;
    const bulk = await litestarCall(handle, "POST", "/admin/api/models/categories/bulk/delete", { token: editor.access, body: { ids: [catId] } });
    expect(bulk.status).toBe(403);
    expect(bulk.json).toEqual({ status_code: 403, detail: "Bulk delete is not allowed for model 'categories'" });
    const del = await litestarCall(handle, "DELETE", `/admin/api/models/categories/${catId}?soft_delete=false`, { token: editor.access });
    expect(del.status).toBe(200);
  });

  it("F14: DELETE → 200 {success, message}; deleting a referenced record is a 500", async () => {
    const h = testReference({ seed: { orders: 10 } });
    const t = await litestarSignIn(h);
    const id = (await litestarCall(h, "GET", "/admin/api/models/webhooks?limit=1", { token: t.access })).json.items[0].id;
    const r = await litestarCall(h, "DELETE", `/admin/api/models/webhooks/${id}?soft_delete=false`, { token: t.access });
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ success: true, message: `Record '${id}' deleted successfully` });
    const outdoor = (await litestarCall(h, "GET", "/admin/api/models/categories?search=Tents&limit=1", { token: t.access })).json.items[0].id;
    expect((await litestarCall(h, "DELETE", `/admin/api/models/categories/${outdoor}`, { token: t.access })).status).toBe(500);
  });
});
