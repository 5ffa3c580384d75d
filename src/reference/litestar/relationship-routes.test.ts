// The relation picker endpoints against fixture F15 (litestar-admin.md §8).
import { beforeAll, describe, expect, it } from "vitest";
import type { ReferenceBackend } from "../reference-backend.ts";
import { litestarCall, litestarSignIn, testReference } from "../testing/reference-setup.ts";
import type { Json } from "../testing/reference-setup.ts";

let handle: ReferenceBackend;
let admin: { access: string; refresh: string };

beforeAll(async () => {
  handle = testReference();
  admin = await litestarSignIn(handle);
});

describe("F15 relationships", () => {
  it("searches the related model by its display column; the FK column or the attribute name both work", async () => {
    for (const field of ["category_id", "category"]) {
      const r = await litestarCall(handle, "GET", `/admin/api/models/products/relationships/${field}/search?q=ten&limit=5`, { token: admin.access });
      expect(r.status).toBe(200);
      expect(Object.keys(r.json).sort()).toEqual(["has_more", "items", "total"]);
      expect(r.json.items[0]).toMatchObject({ label: "Tents", data: null });
    }
    const paged = await litestarCall(handle, "GET", "/admin/api/models/products/relationships/category_id/search?limit=5&page=1", { token: admin.access });
    expect(paged.json.has_more).toBe(true);
    expect(paged.json.items.map((i: Json) => i.label)).toEqual([...paged.json.items.map((i: Json) => i.label)].sort());
  });

  it("searches the string PK with ILIKE too: part of an id, in any case, finds its record", async () => {
    const id = (await litestarCall(handle, "GET", "/admin/api/models/categories?limit=1&sort_by=name", { token: admin.access })).json.items[0].id as string;
    const part = id.slice(-7).toUpperCase();
    const r = await litestarCall(handle, "GET", `/admin/api/models/products/relationships/category_id/search?q=${part}&limit=100`, { token: admin.access });
    expect(r.json.items.map((i: Json) => i.id)).toContain(id);
    const whole = await litestarCall(handle, "GET", `/admin/api/models/products/relationships/category_id/search?q=${id}`, { token: admin.access });
    expect(whole.json.items.map((i: Json) => i.id)).toEqual([id]);
  });

  it("options keep the requested order and drop unknown ids", async () => {
    const list = await litestarCall(handle, "GET", "/admin/api/models/categories?limit=2", { token: admin.access });
    const [a, b] = list.json.items.map((i: Json) => i.id);
    const r = await litestarCall(handle, "GET", `/admin/api/models/products/relationships/category_id/options?ids=${b},nope,${a}`, { token: admin.access });
    expect(r.json.items.map((i: Json) => i.id)).toEqual([b, a]);
    expect(r.json.has_more).toBe(false);
    expect((await litestarCall(handle, "GET", "/admin/api/models/products/relationships/category_id/options?ids=", { token: admin.access })).json.items).toEqual([]);
  });

  it("the orders self-relation (replaces_order): an FK column into orders, searched by number; FK checked on write", async () => {
    const h = testReference();
    const t = await litestarSignIn(h);
    const schema = (await litestarCall(h, "GET", "/admin/api/models/orders/schema?mode=edit", { token: t.access })).json;
    expect(schema.properties.replaces_order).toMatchObject({
      type: ["string", "null"],
      format: "relation",
      relationshipConfig: { relatedModel: "Orders", displayField: "number", foreignKey: "replaces_order", multiple: false },
    });
    expect(schema.fieldsets[0].fields).toContain("replaces_order");
    const found = await litestarCall(h, "GET", "/admin/api/models/orders/relationships/replaces_order/search?q=ORD-00012&limit=5", { token: t.access });
    expect(found.status).toBe(200);
    expect(found.json.total).toBe(10);
    expect(found.json.items[0]).toMatchObject({ label: "ORD-000120", data: null });
    const [first, second] = (await litestarCall(h, "GET", "/admin/api/models/orders?limit=2&sort_by=number", { token: t.access })).json.items.map((i: Json) => i.id);
    const bad = await litestarCall(h, "PATCH", `/admin/api/models/orders/${first}`, { token: t.access, body: { replaces_order: "0".repeat(24) } });
    expect(bad.status).toBe(500);
    const ok = await litestarCall(h, "PATCH", `/admin/api/models/orders/${second}`, { token: t.access, body: { replaces_order: first } });
    expect(ok.status).toBe(200);
    expect(ok.json.replaces_order).toBe(first);
    // ON DELETE SET NULL, like categories.parent_id: deleting the replaced order clears the reference
    expect((await litestarCall(h, "DELETE", `/admin/api/models/orders/${first}`, { token: t.access })).status).toBe(200);
    expect((await litestarCall(h, "GET", `/admin/api/models/orders/${second}`, { token: t.access })).json.replaces_order).toBeNull();
  });

  it("F15: an unknown relationship → 404 with the documented message", async () => {
    const r = await litestarCall(handle, "GET", "/admin/api/models/products/relationships/nope/search?q=a", { token: admin.access });
    expect(r.status).toBe(404);
    expect(r.json).toEqual({ status_code: 404, detail: "Relationship 'nope' not found on model 'products'" });
  });
});
