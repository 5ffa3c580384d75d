// The item endpoints: ETags and If-Match, create, PUT; then the write rules (422, 409, delete
// rules, relations, audit).
import { beforeAll, describe, expect, it } from "vitest";
import { createReferenceBackend } from "../reference-backend.ts";
import type { ReferenceBackend } from "../reference-backend.ts";
import { craftEasyCall, craftEasyEtag, craftEasyFirstId, craftEasySignIn } from "../testing/reference-setup.ts";
import type { Json } from "../testing/reference-setup.ts";

describe("item endpoints", () => {
  let backend: ReferenceBackend;
  let token: string;
  beforeAll(async () => {
    backend = createReferenceBackend();
    token = await craftEasySignIn(backend);
  });

  it("GET returns the document and its revision as a quoted ETag; unknown id is 404 with details", async () => {
    const id = await craftEasyFirstId(backend, token, "/categories?sort=name");
    const res = await craftEasyCall(backend, `/categories/${id}`, { token });
    expect(res.status).toBe(200);
    expect(res.headers.get("ETag")).toMatch(/^"\d+"$/);
    expect(res.json).toMatchObject({ id, name: expect.any(String), is_deleted: false });
    const missing = await craftEasyCall(backend, "/categories/0123456789abcdef01234567", { token });
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ error: { code: "NOT_FOUND", details: { resource: "categories", item_id: "0123456789abcdef01234567" } } });
    expect((await craftEasyCall(backend, "/categories/not-an-id", { token })).status).toBe(404);
    expect((await craftEasyCall(backend, "/nothing-here", { token })).status).toBe(404);
  });

  it("PATCH needs If-Match: 428 without, 412 when stale, 200 with the new ETag when current", async () => {
    const id = await craftEasyFirstId(backend, token, "/products?sort=sku");
    const etag = await craftEasyEtag(backend, token, `/products/${id}`);
    const none = await craftEasyCall(backend, `/products/${id}`, { method: "PATCH", token, body: { stock: 1 } });
    expect(none.status).toBe(428);
    expect(none.json).toMatchObject({ error: { code: "ETAG_REQUIRED" } });
    const stale = await craftEasyCall(backend, `/products/${id}`, { method: "PATCH", token, body: { stock: 1 }, headers: { "If-Match": '"999"' } });
    expect(stale.status).toBe(412);
    expect(stale.json).toMatchObject({ error: { code: "ETAG_MISMATCH" } });
    const ok = await craftEasyCall(backend, `/products/${id}`, { method: "PATCH", token, body: { stock: 7, updated_at: "1999-01-01T00:00:00Z", created_by: "me" }, headers: { "If-Match": etag } });
    expect(ok.status).toBe(200);
    const newTag = ok.headers.get("ETag")!;
    expect(Number(JSON.parse(newTag))).toBe(Number(JSON.parse(etag)) + 1);
    expect(ok.json).toMatchObject({ id, stock: 7 });
    expect((ok.json as Json).updated_at).not.toBe("1999-01-01T00:00:00Z");
    expect((ok.json as Json).created_by).not.toBe("me");
    // the old ETag is now stale; the weak form of the current one is accepted
    expect((await craftEasyCall(backend, `/products/${id}`, { method: "PATCH", token, body: { stock: 8 }, headers: { "If-Match": etag } })).status).toBe(412);
    expect((await craftEasyCall(backend, `/products/${id}`, { method: "PATCH", token, body: { stock: 8 }, headers: { "If-Match": `W/${newTag}` } })).status).toBe(200);
  });

  it("control.touch simulates another tab's edit (412 for the old ETag)", async () => {
    const id = await craftEasyFirstId(backend, token, "/customers?sort=email");
    const etag = await craftEasyEtag(backend, token, `/customers/${id}`);
    const touched = backend.control.touch("customers", id);
    expect(touched).not.toBe(etag);
    expect((await craftEasyCall(backend, `/customers/${id}`, { method: "PATCH", token, body: { newsletter: true }, headers: { "If-Match": etag } })).status).toBe(412);
    expect((await craftEasyCall(backend, `/customers/${id}`, { method: "PATCH", token, body: { newsletter: true }, headers: { "If-Match": touched } })).status).toBe(200);
  });

  it("POST creates (201 + ETag \"1\" + Location), fills defaults and generates readonly values", async () => {
    const category = await craftEasyFirstId(backend, token, "/categories?name=Tents");
    const res = await craftEasyCall(backend, "/products", { method: "POST", token, body: { name: "Test Tent", sku: "TST-0001", price: "99.50", category_id: category, status: "draft", number: 5 } });
    expect(res.status, res.text).toBe(201);
    expect(res.headers.get("ETag")).toBe('"1"');
    const doc = res.json as Json;
    expect(doc).toMatchObject({ name: "Test Tent", price: 99.5, featured: false, tags: [], stock: null, created_by: "64a000000000000000000001" });
    expect(res.headers.get("Location")).toBe(`/products/${doc.id}`);
    const customer = await craftEasyFirstId(backend, token, "/customers?sort=name");
    const order = await craftEasyCall(backend, "/orders", { method: "POST", token, body: { customer_id: customer, product_ids: [doc.id], quantity: 1, total: 99.5, status: "pending", ordered_at: "2026-03-05T10:00:00Z", number: "HACK" } });
    expect(order.status, order.text).toBe(201);
    expect((order.json as Json).number).toBe("ORD-012001");
  });

  it("PUT replaces writable fields, requires required ones and keeps readonly values", async () => {
    const backend = createReferenceBackend();
    const token = await craftEasySignIn(backend);
    const id = await craftEasyFirstId(backend, token, "/orders?sort=number");
    const current = (await craftEasyCall(backend, `/orders/${id}`, { token })).json as Json;
    const etag = await craftEasyEtag(backend, token, `/orders/${id}`);
    const partial = await craftEasyCall(backend, `/orders/${id}`, { method: "PUT", token, body: { status: "paid" }, headers: { "If-Match": etag } });
    expect(partial.status).toBe(422);
    const body = { customer_id: current.customer_id, product_ids: current.product_ids, quantity: 2, total: 10, status: "paid", ordered_at: current.ordered_at };
    const res = await craftEasyCall(backend, `/orders/${id}`, { method: "PUT", token, body, headers: { "If-Match": etag } });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ number: current.number, quantity: 2, notes: null, express: false, created_at: current.created_at });
    const log = (await craftEasyCall(backend, `/audit_log?item_id=${id}&operation=replace`, { token })).json as Json;
    expect(log.items[0].changes.quantity).toEqual({ old: current.quantity, new: 2 });
  });
});

describe("item endpoints: write rules", () => {
  let backend: ReferenceBackend;
  let token: string;
  beforeAll(async () => {
    backend = createReferenceBackend();
    token = await craftEasySignIn(backend);
  });

  it("validates bodies: 422 VALIDATION_ERROR with Pydantic-style details", async () => {
    const res = await craftEasyCall(backend, "/products", {
      method: "POST",
      token,
      body: { name: "ab", sku: "bad sku", price: -1, stock: 1.5, category_id: "0123456789abcdef01234567", status: "gone", rating: "x", website: "ftp://x", launch_date: "2026-02-30", tags: ["ok", 3], specs: [1] },
    });
    expect(res.status).toBe(422);
    const err = (res.json as Json).error;
    expect(err.code).toBe("VALIDATION_ERROR");
    const byField = Object.fromEntries(err.details.map((d: Json) => [d.loc.slice(1).join("."), d.type]));
    expect(byField).toMatchObject({
      name: "string_too_short",
      sku: "string_pattern_mismatch",
      price: "greater_than_equal",
      stock: "int_from_float",
      category_id: "value_error",
      status: "enum",
      rating: "float_parsing",
      website: "url_scheme",
      launch_date: "date_parsing",
      "tags.1": "string_type",
      specs: "dict_type",
    });
    for (const d of err.details) {
      expect(d.loc[0]).toBe("body");
      expect(typeof d.msg).toBe("string");
    }
    const missing = await craftEasyCall(backend, "/customers", { method: "POST", token, body: { name: "No Email" } });
    const missingFields = (missing.json as Json).error.details.map((d: Json) => d.loc[1]);
    expect(missingFields).toEqual(expect.arrayContaining(["email", "tier"]));
    expect((missing.json as Json).error.details.every((d: Json) => d.type === "missing")).toBe(true);
    const badJson = await craftEasyCall(backend, "/customers", { method: "POST", token, body: "{not json" });
    expect(badJson.status).toBe(422);
    // PATCH validates only what it gets
    const id = await craftEasyFirstId(backend, token, "/customers?sort=name");
    const etag = await craftEasyEtag(backend, token, `/customers/${id}`);
    const patch = await craftEasyCall(backend, `/customers/${id}`, { method: "PATCH", token, body: { email: "not-an-email" }, headers: { "If-Match": etag } });
    expect(patch.status).toBe(422);
    expect((patch.json as Json).error.details).toEqual([expect.objectContaining({ loc: ["body", "email"], type: "value_error" })]);
  });

  it("answers 409 CONFLICT for a duplicate unique field", async () => {
    const existing = (await craftEasyCall(backend, "/customers?per_page=1&sort=name", { token })).json as Json;
    const email = existing.items[0].email as string;
    const res = await craftEasyCall(backend, "/customers", { method: "POST", token, body: { name: "Clone", email: email.toUpperCase(), tier: "gold" } });
    expect(res.status).toBe(409);
    expect(res.json).toMatchObject({ error: { code: "CONFLICT", details: { field: "email" } } });
    const products = (await craftEasyCall(backend, "/products?per_page=2&sort=sku", { token })).json as Json;
    const [a, b] = products.items;
    const etag = await craftEasyEtag(backend, token, `/products/${b.id}`);
    const dup = await craftEasyCall(backend, `/products/${b.id}`, { method: "PATCH", token, body: { sku: a.sku }, headers: { "If-Match": etag } });
    expect(dup.status).toBe(409);
  });

  it("denies deleting a category that still has products (422 CASCADE_DENY); soft-deletes an empty one (then 404)", async () => {
    const tents = await craftEasyFirstId(backend, token, "/categories?name=Tents");
    const etag = await craftEasyEtag(backend, token, `/categories/${tents}`);
    const denied = await craftEasyCall(backend, `/categories/${tents}`, { method: "DELETE", token, headers: { "If-Match": etag } });
    expect(denied.status).toBe(422);
    expect(denied.json).toMatchObject({ error: { code: "CASCADE_DENY" } });
    const seasonal = await craftEasyFirstId(backend, token, "/categories?name=Seasonal");
    const noMatch = await craftEasyCall(backend, `/categories/${seasonal}`, { method: "DELETE", token });
    expect(noMatch.status).toBe(428);
    const tag = await craftEasyEtag(backend, token, `/categories/${seasonal}`);
    const del = await craftEasyCall(backend, `/categories/${seasonal}`, { method: "DELETE", token, headers: { "If-Match": tag } });
    expect(del.status).toBe(204);
    expect((await craftEasyCall(backend, `/categories/${seasonal}`, { token })).status).toBe(404);
    expect(((await craftEasyCall(backend, "/categories?name=Seasonal", { token })).json as Json).total).toBe(0);
    const withDeleted = (await craftEasyCall(backend, "/categories?name=Seasonal&include_deleted=true", { token })).json as Json;
    expect(withDeleted.items[0]).toMatchObject({ id: seasonal, is_deleted: true });
  });

  it("orders.replaces_order points at another live order (422 otherwise); deleting that order clears it", async () => {
    const search = (await craftEasyCall(backend, "/orders?number__regex=ORD-0000&sort=number&per_page=2", { token })).json as Json;
    const [older, newer] = search.items.map((i: Json) => i.id as string) as [string, string];
    const etag = await craftEasyEtag(backend, token, `/orders/${newer}`);
    const bad = await craftEasyCall(backend, `/orders/${newer}`, { method: "PATCH", token, body: { replaces_order: "0123456789abcdef01234567" }, headers: { "If-Match": etag } });
    expect(bad.status).toBe(422);
    expect(JSON.stringify((bad.json as Json).error.details)).toContain("replaces_order");
    const ok = await craftEasyCall(backend, `/orders/${newer}`, { method: "PATCH", token, body: { replaces_order: older }, headers: { "If-Match": etag } });
    expect(ok.status, ok.text).toBe(200);
    expect(((await craftEasyCall(backend, `/orders?replaces_order=${older}`, { token })).json as Json).items.map((i: Json) => i.id)).toEqual([newer]);
    const del = await craftEasyCall(backend, `/orders/${older}`, { method: "DELETE", token, headers: { "If-Match": await craftEasyEtag(backend, token, `/orders/${older}`) } });
    expect(del.status).toBe(204);
    expect(((await craftEasyCall(backend, `/orders/${newer}`, { token })).json as Json).replaces_order).toBeNull();
  });

  it("writes audit entries with field diffs, exposed read-only at /audit_log", async () => {
    const id = await craftEasyFirstId(backend, token, "/webhooks?sort=name");
    const etag = await craftEasyEtag(backend, token, `/webhooks/${id}`);
    const before = (await craftEasyCall(backend, `/webhooks/${id}`, { token })).json as Json;
    await craftEasyCall(backend, `/webhooks/${id}`, { method: "PATCH", token, body: { is_active: !before.is_active, name: before.name }, headers: { "If-Match": etag, "X-Forwarded-For": "203.0.113.9" } });
    const log = (await craftEasyCall(backend, `/audit_log?resource=webhooks&item_id=${id}&sort=-created_at`, { token })).json as Json;
    expect(log.total).toBe(1);
    expect(log.items[0]).toMatchObject({
      resource: "webhooks",
      item_id: id,
      operation: "update",
      user_id: "64a000000000000000000001",
      user_name: "Ada Admin",
      ip: "203.0.113.9",
      changes: { is_active: { old: before.is_active, new: !before.is_active } },
    });
    expect(Object.keys(log.items[0].changes)).toEqual(["is_active"]);
    const tag = await craftEasyEtag(backend, token, `/webhooks/${id}`);
    await craftEasyCall(backend, `/webhooks/${id}`, { method: "DELETE", token, headers: { "If-Match": tag } });
    const del = (await craftEasyCall(backend, `/audit_log?item_id=${id}&operation=delete`, { token })).json as Json;
    expect(del.items[0].snapshot).toMatchObject({ id, name: before.name });
    expect((await craftEasyCall(backend, "/audit_log", { method: "POST", token, body: {} })).status).toBe(403);
  });
});
