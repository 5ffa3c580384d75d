// The reference backend's litestar-admin face against the observed fixtures F1–F23
// (litestar-admin.md §18): same status, content type and body shape (values differ where the
// demo data differs), plus the quirks of the §1 table.
import { beforeAll, describe, expect, it } from "vitest";
import readXlsxFile from "read-excel-file/universal";
import {
  F1_CONFIG,
  F3_LOGIN_FAILED,
  F3_NO_BACKEND,
  F3_REFRESH_FAILED,
  F5_LOGOUT,
  F6_MODELS,
  F7_SCHEMA,
  F8_LIST,
  F12_CONSTRAINT,
  F16_EXPORT_NO_IDS,
  F18_BULK_DELETE,
  F19_IMPORT_PREVIEW,
  F21_DASHBOARD,
  F22_ACTIVITY,
  F23_METHOD_NOT_ALLOWED,
  F23_UNKNOWN_ROUTE,
} from "../../backend/litestar-admin/litestar-fixtures.ts";
import type { LitestarFixture } from "../../backend/litestar-admin/litestar-fixtures.ts";
import { createReferenceBackend } from "../reference-backend.ts";
import type { ReferenceBackend } from "../reference-backend.ts";
import { TEST_ORIGIN, litestarCall, litestarSignIn, standaloneLitestar, testReference } from "../testing/reference-setup.ts";
import type { Json, WireAnswer } from "../testing/reference-setup.ts";
import { litestarFace } from "./litestar-face.ts";

/** Same status, same content type family and the same top-level keys as the fixture. */
function expectShape(a: WireAnswer, f: LitestarFixture): void {
  expect(a.status).toBe(f.status);
  expect(a.contentType.split(";")[0]).toBe(f.contentType.split(";")[0]);
  const want = JSON.parse(f.body) as unknown;
  if (Array.isArray(want)) {
    expect(Array.isArray(a.json)).toBe(true);
    if (want.length > 0 && a.json.length > 0) expect(Object.keys(a.json[0]).sort()).toEqual(Object.keys(want[0] as object).sort());
  } else {
    expect(Object.keys(a.json).sort()).toEqual(Object.keys(want as object).sort());
  }
}

let handle: ReferenceBackend;
let admin: { access: string; refresh: string };

beforeAll(async () => {
  handle = testReference();
  admin = await litestarSignIn(handle);
});

async function firstId(model: string, token = admin.access): Promise<string> {
  const r = await litestarCall(handle, "GET", `/admin/api/models/${model}?limit=1`, { token });
  return r.json.items[0].id as string;
}

describe("F1 config, F2/F3 login, F4 auth gate, F5 logout", () => {
  it("F1: /api/config is public; debug off → no dev credentials", async () => {
    const h = standaloneLitestar({ debug: false, title: "Admin" });
    const r = await litestarCall(h, "GET", "/admin/api/config");
    expect(r.status).toBe(200);
    expect(r.json).toEqual(JSON.parse(F1_CONFIG.body));
  });

  it("debug on (the demo default) lists the demo accounts", async () => {
    const r = await litestarCall(handle, "GET", "/admin/api/config");
    expect(r.json.debug).toBe(true);
    expect(r.json.dev_credentials).toContainEqual({ email: "admin@example.com", password: "admin", role: "admin" });
  });

  it("F2: login answers bearer tokens with a STRING expires_in; the access token is a JWT with exp", async () => {
    const r = await litestarCall(handle, "POST", "/admin/api/auth/login", { body: { email: "editor@example.com", password: "editor" } });
    expect(r.status).toBe(200);
    expect(Object.keys(r.json).sort()).toEqual(["access_token", "expires_in", "refresh_token", "token_type"]);
    expect(r.json.token_type).toBe("bearer");
    expect(typeof r.json.expires_in).toBe("string");
    expect(Number(r.json.expires_in)).toBeGreaterThan(0);
    const claims = JSON.parse(atob((r.json.access_token as string).split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/")));
    expect(typeof claims.exp).toBe("number");
  });

  it("F3: wrong password / bad refresh token → 401 with the documented bodies", async () => {
    const bad = await litestarCall(handle, "POST", "/admin/api/auth/login", { body: { email: "admin@example.com", password: "nope" } });
    expect(bad.status).toBe(401);
    expect(bad.json).toEqual(JSON.parse(F3_LOGIN_FAILED.body));
    const ref = await litestarCall(handle, "POST", "/admin/api/auth/refresh", { body: { refresh_token: "bogus" } });
    expect(ref.status).toBe(401);
    expect(ref.json).toEqual(JSON.parse(F3_REFRESH_FAILED.body));
    // an access token is not a refresh token
    const swapped = await litestarCall(handle, "POST", "/admin/api/auth/refresh", { body: { refresh_token: admin.access } });
    expect(swapped.json).toEqual(JSON.parse(F3_REFRESH_FAILED.body));
  });

  it("F3: without an auth backend, /auth/me says 'not configured' and every route is open", async () => {
    const h = standaloneLitestar({ authEnabled: false });
    const me = await litestarCall(h, "GET", "/admin/api/auth/me");
    expect(me.status).toBe(401);
    expect(me.json).toEqual(JSON.parse(F3_NO_BACKEND.body));
    expect((await litestarCall(h, "GET", "/admin/api/models")).status).toBe(200);
  });

  it("400 + extra when a login field is missing; malformed JSON is a plain 400", async () => {
    const r = await litestarCall(handle, "POST", "/admin/api/auth/login", { body: { email: "admin@example.com" } });
    expect(r.status).toBe(400);
    expect(r.json).toEqual({
      status_code: 400,
      detail: "Validation failed for POST /admin/api/auth/login",
      extra: [{ message: "Object missing required field `password`", key: "password", source: "body" }],
    });
    const m = await litestarCall(handle, "POST", "/admin/api/auth/login", { body: "{nope" });
    expect(m.json).toEqual({ status_code: 400, detail: "JSON is malformed: invalid character (byte 1)" });
  });

  it.each([
    ["no token", null as string | null],
    ["a garbage token", "abc.def.ghi"],
  ])("F4: %s on a protected route → 404 text/plain 'Not Found'", async (_label, token) => {
    for (const path of ["/admin/api/models", "/admin/api/auth/me", "/admin/api/models/products", "/admin/api/dashboard/stats"]) {
      const r = await litestarCall(handle, "GET", path, { token });
      expect(r.status).toBe(404);
      expect(r.contentType).toMatch(/^text\/plain/);
      expect(r.text).toBe("Not Found");
    }
  });

  it("F4: a refresh token used as the bearer, or an expired access token, gets the same 404", async () => {
    const h = testReference({ seed: { orders: 10 } });
    const t = await litestarSignIn(h);
    expect((await litestarCall(h, "GET", "/admin/api/models", { token: t.refresh })).text).toBe("Not Found");
    expect((await litestarCall(h, "GET", "/admin/api/models", { token: t.access })).status).toBe(200);
    h.control.expireTokens();
    const gone = await litestarCall(h, "GET", "/admin/api/models", { token: t.access });
    expect(gone.status).toBe(404);
    expect(gone.contentType).toMatch(/^text\/plain/);
    // refresh: a new access token and the SAME refresh token (no rotation)
    const r = await litestarCall(h, "POST", "/admin/api/auth/refresh", { body: { refresh_token: t.refresh } });
    expect(r.status).toBe(200);
    expect(r.json.refresh_token).toBe(t.refresh);
    expect(typeof r.json.expires_in).toBe("string");
    expect((await litestarCall(h, "GET", "/admin/api/models", { token: r.json.access_token })).status).toBe(200);
  });

  it("accepts the token without the Bearer prefix and from the admin_access_token cookie", async () => {
    expect((await litestarCall(handle, "GET", "/admin/api/auth/me", { headers: { Authorization: admin.access } })).status).toBe(200);
    expect((await litestarCall(handle, "GET", "/admin/api/auth/me", { headers: { Cookie: `admin_access_token=${admin.access}` } })).status).toBe(200);
  });

  it("F5: logout is a no-op: 200, and the token keeps working", async () => {
    const t = await litestarSignIn(handle);
    const r = await litestarCall(handle, "POST", "/admin/api/auth/logout", { token: t.access });
    expect(r.json).toEqual(JSON.parse(F5_LOGOUT.body));
    expect((await litestarCall(handle, "GET", "/admin/api/auth/me", { token: t.access })).status).toBe(200);
    // logout bypasses the middleware even without a token
    expect((await litestarCall(handle, "POST", "/admin/api/auth/logout")).status).toBe(200);
  });

  it("/auth/me answers {id, email, roles, permissions}", async () => {
    const r = await litestarCall(handle, "GET", "/admin/api/auth/me", { token: admin.access });
    expect(Object.keys(r.json).sort()).toEqual(["email", "id", "permissions", "roles"]);
    expect(r.json.email).toBe("admin@example.com");
    expect(r.json.roles).toEqual(["admin"]);
  });
});

describe("F6 catalog, F7 schema", () => {
  it("F6: ModelInfo entries; model_name is the lower-cased view name; no audit log model", async () => {
    const r = await litestarCall(handle, "GET", "/admin/api/models", { token: admin.access });
    expectShape(r, F6_MODELS);
    expect(r.json.map((m: Json) => m.model_name)).toEqual(["categories", "products", "customers", "orders", "webhooks"]);
    expect(r.json[1]).toMatchObject({ name: "Products", model_name: "products", category: "Catalog", can_create: true });
  });

  it("can_* flags follow the user (editor: no delete on categories, no webhooks)", async () => {
    const editor = await litestarSignIn(handle, "editor@example.com");
    const r = await litestarCall(handle, "GET", "/admin/api/models", { token: editor.access });
    const names = r.json.map((m: Json) => m.model_name);
    expect(names).not.toContain("webhooks");
    expect(r.json.find((m: Json) => m.model_name === "categories")).toMatchObject({ can_create: true, can_edit: true, can_delete: false });
  });

  it("F7: create-mode schema: no PK, nullable type arrays, enum as plain string, relation config, fieldsets", async () => {
    const r = await litestarCall(handle, "GET", "/admin/api/models/products/schema", { token: admin.access });
    expectShape(r, F7_SCHEMA);
    const s = r.json;
    expect(s.type).toBe("object");
    expect(s.title).toBe("Products");
    expect(s.properties.id).toBeUndefined();
    expect(s.properties.name).toEqual({ title: "Name", type: "string", maxLength: 120 });
    expect(s.properties.website.type).toEqual(["string", "null"]);
    expect(s.properties.website.format).toBe("uri");
    expect(s.properties.status).toMatchObject({ type: "string", enum: ["draft", "active", "archived"] });
    expect(s.properties.launch_date).toMatchObject({ type: ["string", "null"], format: "date" });
    expect(s.properties.category_id).toMatchObject({
      title: "Category Id",
      format: "relation",
      relationshipConfig: { relatedModel: "Categories", displayField: "name", foreignKey: "category_id", multiple: false },
    });
    expect(s.properties.description.format).toBe("richtext");
    expect(s.properties.image.fileConfig).toMatchObject({ maxSize: 2 * 1024 * 1024, multiple: false });
    expect(s.required).toEqual(expect.arrayContaining(["name", "sku", "category_id", "status", "price"]));
    expect(s.required).not.toContain("created_at");
    expect(s.fieldsets[0]).toEqual({ title: "Basics", fields: ["name", "sku", "category_id", "status", "tags"] });
  });

  it("edit mode has the PK read-only; any other mode value counts as edit", async () => {
    for (const mode of ["edit", "whatever"]) {
      const r = await litestarCall(handle, "GET", `/admin/api/models/orders/schema?mode=${mode}`, { token: admin.access });
      expect(r.json.properties.id).toEqual({ title: "Id", type: "string", readOnly: true });
      expect(r.json.properties.ordered_at).toMatchObject({ type: "string", format: "date-time" });
      expect(r.json.properties.notes.format).toBe("textarea");
    }
  });

  it("mode=create is the default: same schema, no PK, for every model", async () => {
    for (const m of ["categories", "products", "customers", "orders", "webhooks"]) {
      const explicit = await litestarCall(handle, "GET", `/admin/api/models/${m}/schema?mode=create`, { token: admin.access });
      const implicit = await litestarCall(handle, "GET", `/admin/api/models/${m}/schema`, { token: admin.access });
      expect(explicit.status).toBe(200);
      expect(explicit.json).toEqual(implicit.json);
      expect(explicit.json.properties.id, m).toBeUndefined();
      expect(explicit.json.required).not.toContain("id");
    }
  });

  it("model lookups are case-insensitive", async () => {
    expect((await litestarCall(handle, "GET", "/admin/api/models/PRODUCTS/schema", { token: admin.access })).status).toBe(200);
  });
});

describe("F8 / F9 list", () => {
  it("F8: {items,total,offset,limit}; list columns only; naive timestamps", async () => {
    const r = await litestarCall(handle, "GET", "/admin/api/models/orders?offset=1&limit=2", { token: admin.access });
    expectShape(r, F8_LIST);
    expect(r.json.offset).toBe(1);
    expect(r.json.limit).toBe(2);
    expect(r.json.items).toHaveLength(2);
    expect(Object.keys(r.json.items[0])).toEqual(["id", "number", "customer_id", "status", "total", "ordered_at", "express"]);
    expect(r.json.items[0].ordered_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?$/);
  });

  it("GET one returns every column (list columns are a subset)", async () => {
    const id = await firstId("orders");
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
    const catId = await firstId("categories");
    const existing = await litestarCall(handle, "GET", "/admin/api/models/products?limit=1", { token: admin.access });
    const base = { name: "Test product", sku: "ZZZ-0001", category_id: catId, status: "draft", price: 10 };
    const bodies = [
      { ...base, name: null },
      { ...base, sku: existing.json.items[0].sku },
      { ...base, category_id: "000000000000000000000000" },
      { ...base, bogus: 1 },
      { ...base, price: "cheap" },
      { ...base, status: "sold-out" },
    ];
    for (const body of bodies) {
      const r = await litestarCall(handle, "POST", "/admin/api/models/products", { token: admin.access, body });
      expect(r.status).toBe(500);
      expect(r.json).toEqual(JSON.parse(F12_CONSTRAINT.body));
    }
  });

  it("create → 201 with every column; '' → NULL; unparseable dates → NULL; generated values filled", async () => {
    const catId = await firstId("categories");
    const r = await litestarCall(handle, "POST", "/admin/api/models/products", {
      token: admin.access,
      body: { name: "Fresh thing", sku: "NEW-0001", category_id: catId, status: "draft", price: 12.5, website: "", launch_date: "not a date" },
    });
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({ name: "Fresh thing", website: null, launch_date: null, featured: false, status: "draft" });
    expect(typeof r.json.id).toBe("string");
    expect(r.json.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T[\d:.]+$/);
    const customer = await firstId("customers");
    const product = await firstId("products");
    const o = await litestarCall(handle, "POST", "/admin/api/models/orders", {
      token: admin.access,
      body: { customer_id: customer, product_ids: [product], quantity: 1, total: 5, status: "pending", ordered_at: "2026-03-01T10:00:00Z" },
    });
    expect(o.status).toBe(201);
    expect(o.json.number).toMatch(/^ORD-\d{6}$/);
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
    const id = await firstId("customers");
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

describe("F16 / F17 export", () => {
  it("F17: CSV with the list columns, enums as Status.member, attachment headers; search and sort ignored", async () => {
    const r = await litestarCall(handle, "GET", "/admin/api/models/products/export?format=csv", { token: admin.access });
    expect(r.status).toBe(200);
    expect(r.contentType).toBe("text/csv; charset=utf-8");
    expect(r.headers.get("content-disposition")).toBe('attachment; filename="products_export.csv"');
    const lines = r.text.trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,sku,name,category_id,price,stock,status,featured");
    expect(lines[1]).toMatch(/,Status\.(draft|active|archived),(True|False)$/);
    const searched = await litestarCall(handle, "GET", "/admin/api/models/products/export?format=csv&search=tent&sort_by=price&sort_order=desc", { token: admin.access });
    expect(searched.text).toBe(r.text);
  });

  it("JSON and XLSX exports; the bundled UI's ?token= is ignored (text/plain 404)", async () => {
    const j = await litestarCall(handle, "GET", "/admin/api/models/customers/export?format=json", { token: admin.access });
    expect(j.contentType).toBe("application/json");
    expect(j.json[0].tier).toMatch(/^Tier\./);
    const res = await handle.handle(new Request(`${TEST_ORIGIN}/admin/api/models/categories/export?format=xlsx`, { headers: { Authorization: `Bearer ${admin.access}` } }));
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const sheets = await readXlsxFile(await res.arrayBuffer());
    expect(sheets[0]?.data[0]).toEqual(["id", "name", "slug", "color", "is_active", "sort_order"]);
    expect(sheets[0]?.data.length).toBeGreaterThan(20);
    const tokenParam = await litestarCall(handle, "GET", `/admin/api/models/products/export?format=csv&token=${admin.access}`);
    expect(tokenParam.text).toBe("Not Found");
  });

  it("F16: invalid format and empty ids → 400; selected export keeps database order", async () => {
    const bad = await litestarCall(handle, "GET", "/admin/api/models/products/export?format=pdf", { token: admin.access });
    expect(bad.json).toEqual({
      status_code: 400,
      detail: "Validation failed for GET /admin/api/models/products/export?format=pdf",
      extra: [{ message: "Invalid enum value 'pdf'", key: "format", source: "query" }],
    });
    const none = await litestarCall(handle, "POST", "/admin/api/models/products/bulk/export", { token: admin.access, body: { ids: [], format: "csv" } });
    expect(none.json).toEqual(JSON.parse(F16_EXPORT_NO_IDS.body));
    const ids = (await litestarCall(handle, "GET", "/admin/api/models/products?limit=3", { token: admin.access })).json.items.map((i: Json) => i.id);
    const sel = await litestarCall(handle, "POST", "/admin/api/models/products/bulk/export", { token: admin.access, body: { ids: [ids[2], ids[0]], format: "json" } });
    expect(sel.json.map((r: Json) => r.id)).toEqual([ids[0], ids[2]]);
  });

  it("'Export is not allowed' and a stream that fails after it started (200 '[')", async () => {
    const h = standaloneLitestar({ exportDisallowed: ["orders"], truncateExports: true });
    const t = await litestarSignIn(h);
    const no = await litestarCall(h, "GET", "/admin/api/models/orders/export", { token: t.access });
    expect(no.json).toEqual({ status_code: 400, detail: "Export is not allowed for model 'orders'" });
    const cut = await litestarCall(h, "GET", "/admin/api/models/products/export?format=json", { token: t.access });
    expect(cut.status).toBe(200);
    expect(cut.text).toBe("[");
  });
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

describe("F21 dashboard, F22 activity, F23 framework errors", () => {
  it("F21: stats", async () => {
    const r = await litestarCall(handle, "GET", "/admin/api/dashboard/stats", { token: admin.access });
    expectShape(r, F21_DASHBOARD);
    expect(Object.keys(r.json.models[0]).sort()).toEqual(["category", "count", "icon", "model_name", "name"]);
    expect(r.json.total_models).toBe(5);
    expect(r.json.total_records).toBe(r.json.models.reduce((n: number, m: Json) => n + m.count, 0));
    expect((await litestarCall(handle, "GET", "/admin/api/dashboard/widgets", { token: admin.access })).json).toEqual([]);
  });

  it("F22: activity: newest first, record_id string, change map for updates, {} otherwise, filters", async () => {
    const h = testReference({ seed: { orders: 10 } });
    const t = await litestarSignIn(h);
    const id = (await litestarCall(h, "GET", "/admin/api/models/webhooks?limit=1", { token: t.access })).json.items[0].id;
    const before = (await litestarCall(h, "GET", `/admin/api/models/webhooks/${id}`, { token: t.access })).json.name;
    await litestarCall(h, "PATCH", `/admin/api/models/webhooks/${id}`, { token: t.access, body: { name: "Changed" } });
    const r = await litestarCall(h, "GET", `/admin/api/dashboard/activity?limit=5&model_name=webhooks&record_id=${id}`, { token: t.access });
    expectShape(r, F22_ACTIVITY);
    expect(r.json[0]).toMatchObject({ action: "update", model: "webhooks", record_id: id, user: "admin@example.com", details: { name: { old: before, new: "Changed" } } });
    expect(r.json[0].timestamp).not.toMatch(/Z$/);
    const all = await litestarCall(h, "GET", "/admin/api/dashboard/activity?limit=3", { token: t.access });
    expect(all.json).toHaveLength(3);
    expect(all.json[0].record_id).toBe(id);
    const created = await litestarCall(h, "POST", "/admin/api/models/webhooks", { token: t.access, body: { name: "New", target_url: "https://x.test" } });
    const c = await litestarCall(h, "GET", `/admin/api/dashboard/activity?record_id=${created.json.id}`, { token: t.access });
    expect(c.json[0]).toMatchObject({ action: "create", details: {} });
  });

  it("F23: wrong method → 405 JSON; unknown route → 404 JSON (even without a token)", async () => {
    const r = await litestarCall(handle, "DELETE", "/admin/api/models", { token: admin.access });
    expect(r.status).toBe(405);
    expect(r.json).toEqual(JSON.parse(F23_METHOD_NOT_ALLOWED.body));
    const u = await litestarCall(handle, "GET", "/admin/api/nowhere");
    expect(u.status).toBe(404);
    expect(u.contentType).toBe("application/json");
    expect(u.json).toEqual(JSON.parse(F23_UNKNOWN_ROUTE.body));
  });

  it("trailing slashes are tolerated", async () => {
    expect((await litestarCall(handle, "GET", "/admin/api/models/", { token: admin.access })).status).toBe(200);
  });

  it("guard 401s on /users (editor lacks users:read)", async () => {
    const editor = await litestarSignIn(handle, "editor@example.com");
    const r = await litestarCall(handle, "GET", "/admin/api/users/", { token: editor.access });
    expect(r.status).toBe(401);
    expect(r.json).toEqual({ status_code: 401, detail: "Permission 'users:read' required" });
    expect((await litestarCall(handle, "GET", "/admin/api/users", { token: admin.access })).json.total).toBe(3);
  });
});

describe("mounting", () => {
  it("litestarFace() can be mounted explicitly, and Craft Easy keeps answering at /", async () => {
    const b = createReferenceBackend({ seed: { orders: 10 }, faces: [litestarFace({ debug: false })] });
    const cfg = await litestarCall(b, "GET", "/admin/api/config");
    expect(cfg.json.debug).toBe(false);
    const schema = await litestarCall(b, "GET", "/admin/schema");
    expect(schema.status).toBe(401);
    expect(schema.json.error.code).toBeDefined();
  });
});
