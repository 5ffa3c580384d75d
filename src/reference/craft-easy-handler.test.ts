import { beforeAll, describe, expect, it } from "vitest";
import { createReferenceBackend } from "./reference-backend.ts";
import type { ReferenceBackend } from "./reference-backend.ts";
import { craftEasyCall, craftEasySignIn } from "./testing/reference-setup.ts";
import type { Json, WireAnswer } from "./testing/reference-setup.ts";
import { decodeTokenPayload } from "./tokens.ts";

function clock(start = Date.parse("2026-03-05T10:00:00Z")) {
  let t = start;
  return { now: () => t, advance: (s: number) => (t += s * 1000) };
}

async function firstId(backend: ReferenceBackend, token: string, path: string): Promise<string> {
  const res = await craftEasyCall(backend, path, { token });
  return (res.json as Json).items[0].id as string;
}

async function etagOf(backend: ReferenceBackend, token: string, path: string): Promise<string> {
  const res = await craftEasyCall(backend, path, { token });
  expect(res.status).toBe(200);
  return res.headers.get("ETag")!;
}

describe("GET /admin/schema", () => {
  let backend: ReferenceBackend;
  beforeAll(() => {
    backend = createReferenceBackend();
  });

  it("answers 401 AUTH_REQUIRED in the envelope without a token", async () => {
    const res = await craftEasyCall(backend, "/admin/schema");
    expect(res.status).toBe(401);
    expect(res.json).toMatchObject({ error: { code: "AUTH_REQUIRED", message: expect.any(String) }, request_id: expect.any(String) });
  });

  it("serves a per-user schema with an ETag and 304 on If-None-Match", async () => {
    const adminToken = await craftEasySignIn(backend);
    const editorToken = await craftEasySignIn(backend, { email: "editor@example.com" });
    const a = await craftEasyCall(backend, "/admin/schema", { token: adminToken });
    const e = await craftEasyCall(backend, "/admin/schema", { token: editorToken });
    expect(a.status).toBe(200);
    const etag = a.headers.get("ETag")!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(e.headers.get("ETag")).not.toBe(etag);
    expect((a.json as Json).resources.map((r: Json) => r.name)).toContain("audit_log");
    expect((e.json as Json).resources.map((r: Json) => r.name)).not.toContain("audit_log");
    const again = await craftEasyCall(backend, "/admin/schema", { token: adminToken, headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    const stale = await craftEasyCall(backend, "/admin/schema", { token: adminToken, headers: { "If-None-Match": '"nope"' } });
    expect(stale.status).toBe(200);
  });

  it("changes its ETag when the control changes the schema", async () => {
    const token = await craftEasySignIn(backend);
    const before = await craftEasyCall(backend, "/admin/schema", { token });
    backend.control.changeSchema();
    const after = await craftEasyCall(backend, "/admin/schema", { token, headers: { "If-None-Match": before.headers.get("ETag")! } });
    expect(after.status).toBe(200);
    expect(after.headers.get("ETag")).not.toBe(before.headers.get("ETag"));
    expect((after.json as Json).title).toMatch(/schema v2/);
    backend.control.setSchemaTransform(null);
    const restored = await craftEasyCall(backend, "/admin/schema", { token });
    expect(restored.headers.get("ETag")).toBe(before.headers.get("ETag"));
  });
});

describe("OTP login, 2FA, refresh, logout", () => {
  it("sends a code, verifies it and returns a TokenResponse with JWT claims", async () => {
    const c = clock();
    const backend = createReferenceBackend({ now: c.now });
    const sent = await craftEasyCall(backend, "/auth/login/email", { method: "POST", body: { email: "admin@example.com", application: "atrium" } });
    expect(sent.status).toBe(200);
    expect(sent.json).toEqual({ message: "Verification code sent", method: "email" });
    const res = await craftEasyCall(backend, "/auth/login/verify", { method: "POST", body: { target: "admin@example.com", code: "123456", application: "atrium" } });
    expect(res.status).toBe(200);
    const body = res.json as Json;
    expect(body).toMatchObject({ token_type: "user", requires_2fa: false, expires: "2026-03-05T10:30:00Z" });
    const claims = decodeTokenPayload(body.token)!;
    expect(claims).toMatchObject({ token_type: "user", email: "admin@example.com", scope: "system", origin_app: "atrium" });
    expect(claims.exp - claims.iat).toBe(1800);
    expect(claims.token_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers the same for unknown emails, but verify fails with 401; missing email is 422", async () => {
    const backend = createReferenceBackend();
    const sent = await craftEasyCall(backend, "/auth/login/email", { method: "POST", body: { email: "nobody@example.com", application: "x" } });
    expect(sent.json).toEqual({ message: "Verification code sent", method: "email" });
    const bad = await craftEasyCall(backend, "/auth/login/verify", { method: "POST", body: { target: "nobody@example.com", code: "123456" } });
    expect(bad.status).toBe(401);
    const wrong = await craftEasyCall(backend, "/auth/login/verify", { method: "POST", body: { target: "admin@example.com", code: "000000" } });
    expect(wrong.status).toBe(401);
    expect(wrong.json).toMatchObject({ error: { code: "AUTH_REQUIRED", message: "Invalid or expired verification code" } });
    const missing = await craftEasyCall(backend, "/auth/login/email", { method: "POST", body: { application: "x" } });
    expect(missing.status).toBe(422);
    expect((missing.json as Json).error.details).toEqual([expect.objectContaining({ loc: ["body", "email"], type: "missing" })]);
  });

  it("serves verify at the configured path only", async () => {
    const backend = createReferenceBackend({ verifyPath: "/auth/verify-otp" });
    const body = { target: "admin@example.com", code: "123456", application: "x" };
    expect((await craftEasyCall(backend, "/auth/login/verify", { method: "POST", body })).status).toBe(404);
    expect((await craftEasyCall(backend, "/auth/verify-otp", { method: "POST", body })).status).toBe(200);
    const defaults = createReferenceBackend();
    expect((await craftEasyCall(defaults, "/auth/verify-otp", { method: "POST", body })).status).toBe(404);
  });

  it("requires 2FA for the 2fa user: pre_auth token, then /auth/2fa/verify", async () => {
    const backend = createReferenceBackend();
    const res = await craftEasyCall(backend, "/auth/login/verify", { method: "POST", body: { target: "2fa@example.com", code: "123456", application: "x" } });
    const pre = res.json as Json;
    expect(pre).toMatchObject({ token_type: "pre_auth", requires_2fa: true });
    expect((await craftEasyCall(backend, "/products", { token: pre.token })).status).toBe(401);
    expect((await craftEasyCall(backend, "/auth/refresh", { method: "POST", token: pre.token, body: {} })).status).toBe(401);
    const wrong = await craftEasyCall(backend, "/auth/2fa/verify", { method: "POST", token: pre.token, body: { code: "111111" } });
    expect(wrong.status).toBe(401);
    const ok = await craftEasyCall(backend, "/auth/2fa/verify", { method: "POST", token: pre.token, body: { code: "654321" } });
    expect(ok.status).toBe(200);
    const user = ok.json as Json;
    expect(user).toMatchObject({ token_type: "user", requires_2fa: false });
    expect((await craftEasyCall(backend, "/products?per_page=1", { token: user.token })).status).toBe(200);
    // the pre_auth token is spent
    expect((await craftEasyCall(backend, "/auth/2fa/verify", { method: "POST", token: pre.token, body: { code: "654321" } })).status).toBe(401);
    // a user token is not accepted at the 2FA endpoint
    expect((await craftEasyCall(backend, "/auth/2fa/verify", { method: "POST", token: user.token, body: { code: "654321" } })).status).toBe(401);
  });

  it("expires tokens after tokenTtlSeconds; refresh before expiry yields a working token", async () => {
    const c = clock();
    const backend = createReferenceBackend({ now: c.now, tokenTtlSeconds: 60 });
    const token = await craftEasySignIn(backend);
    c.advance(50);
    const refreshed = await craftEasyCall(backend, "/auth/refresh", { method: "POST", token, body: {} });
    expect(refreshed.status).toBe(200);
    const next = (refreshed.json as Json).token as string;
    expect(next).not.toBe(token);
    expect((refreshed.json as Json).expires).toBe("2026-03-05T10:01:50Z");
    c.advance(20); // old token is now 70 s old, the new one 20 s
    const old = await craftEasyCall(backend, "/products?per_page=1", { token });
    expect(old.status).toBe(401);
    expect(old.json).toMatchObject({ error: { code: "AUTH_REQUIRED", message: "Token has expired" }, request_id: expect.any(String) });
    expect((await craftEasyCall(backend, "/products?per_page=1", { token: next })).status).toBe(200);
    expect((await craftEasyCall(backend, "/auth/refresh", { method: "POST", token, body: {} })).status).toBe(401);
  });

  it("control.expireTokens() makes every issued token answer 401", async () => {
    const backend = createReferenceBackend();
    const token = await craftEasySignIn(backend);
    backend.control.expireTokens();
    expect((await craftEasyCall(backend, "/products", { token })).status).toBe(401);
    expect((await craftEasyCall(backend, "/auth/refresh", { method: "POST", token, body: {} })).status).toBe(401);
    const fresh = await craftEasySignIn(backend);
    expect((await craftEasyCall(backend, "/products?per_page=1", { token: fresh })).status).toBe(200);
  });

  it("logout blacklists the token; garbage tokens are 401", async () => {
    const backend = createReferenceBackend();
    const token = await craftEasySignIn(backend);
    expect((await craftEasyCall(backend, "/auth/logout", { method: "POST", token, body: {} })).status).toBe(200);
    const after = await craftEasyCall(backend, "/products", { token });
    expect(after.status).toBe(401);
    expect((after.json as Json).error.message).toMatch(/revoked/);
    expect((await craftEasyCall(backend, "/products", { token: "a.b.c" })).status).toBe(401);
    expect((await craftEasyCall(backend, "/products", { token: token.slice(0, -2) + "xx" })).status).toBe(401);
  });
});

describe("list endpoint", () => {
  let backend: ReferenceBackend;
  let token: string;
  beforeAll(async () => {
    backend = createReferenceBackend({ searchParam: "q" });
    token = await craftEasySignIn(backend);
  });
  const list = async (qs: string) => {
    const res = await craftEasyCall(backend, `/orders?${qs}`, { token });
    expect(res.status, res.text).toBe(200);
    return res.json as Json;
  };

  it("pages 12,000 orders with {items,total,page,per_page} and caps per_page at 100", async () => {
    const p = await list("page=2&per_page=30");
    expect(p.total).toBe(12000);
    expect(p.page).toBe(2);
    expect(p.per_page).toBe(30);
    expect(p.items).toHaveLength(30);
    const big = await list("page=1&per_page=1000");
    expect(big.per_page).toBe(100);
    expect(big.items).toHaveLength(100);
    const beyond = await list("page=9999&per_page=10");
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(12000);
    const bad = await craftEasyCall(backend, "/orders?page=abc", { token });
    expect(bad.status).toBe(422);
  });

  it("applies sort_default when no sort is given, and sorts by one or several keys", async () => {
    const d = await list("per_page=50");
    const times = d.items.map((o: Json) => o.ordered_at);
    expect(times).toEqual([...times].sort().reverse());
    const s = await list("sort=total&per_page=100");
    const totals = s.items.map((o: Json) => o.total);
    expect(totals).toEqual([...totals].sort((a: number, b: number) => a - b));
    const m = await list("sort=status,-total&per_page=100");
    for (let i = 1; i < m.items.length; i++) {
      const [a, b] = [m.items[i - 1], m.items[i]];
      expect(a.status <= b.status).toBe(true);
      if (a.status === b.status) expect(a.total >= b.total).toBe(true);
    }
  });

  it("filters with exact match, suffix operators and coercion", async () => {
    const paid = await list("status=paid&per_page=100");
    expect(paid.total).toBeGreaterThan(0);
    expect(paid.items.every((o: Json) => o.status === "paid")).toBe(true);
    const range = await list("total__gte=100&total__lt=200&per_page=100");
    expect(range.items.every((o: Json) => o.total >= 100 && o.total < 200)).toBe(true);
    const express = await list("express=true&per_page=100");
    expect(express.total).toBeGreaterThan(0);
    expect(express.items.every((o: Json) => o.express === true)).toBe(true);
    const inList = await list("status__in=cancelled,refunded&per_page=100");
    expect(inList.items.every((o: Json) => ["cancelled", "refunded"].includes(o.status))).toBe(true);
    const nin = await list("status__nin=delivered,shipped,paid,pending&per_page=100");
    expect(nin.total).toBe(inList.total);
    const ne = await list("status__ne=delivered&per_page=1");
    const eq = await list("status=delivered&per_page=1");
    expect(ne.total + eq.total).toBe(12000);
    const dates = await list("ordered_at__gte=2026-02-01&per_page=100");
    expect(dates.items.every((o: Json) => o.ordered_at >= "2026-02-01")).toBe(true);
    const notShipped = await list("shipped_on=null&per_page=100");
    expect(notShipped.items.every((o: Json) => o.shipped_on === null)).toBe(true);
    const customer = paid.items[0].customer_id as string;
    const byCustomer = await list(`customer_id=${customer}&per_page=100`);
    expect(byCustomer.total).toBeGreaterThan(0);
    expect(byCustomer.items.every((o: Json) => o.customer_id === customer)).toBe(true);
    const exists = await list("deleted_at__exists=false&per_page=1");
    expect(exists.total).toBe(12000);
  });

  it("reproduces the coercion trap: numeric-looking text never matches a string field; where keeps types", async () => {
    const id = await firstId(backend, token, "/orders?per_page=1");
    const etag = await etagOf(backend, token, `/orders/${id}`);
    await craftEasyCall(backend, `/orders/${id}`, { method: "PATCH", token, body: { notes: "12345" }, headers: { "If-Match": etag } });
    expect((await list("notes=12345")).total).toBe(0);
    const viaWhere = await list(`where=${encodeURIComponent(JSON.stringify({ notes: "12345" }))}`);
    expect(viaWhere.total).toBe(1);
    expect(viaWhere.items[0].id).toBe(id);
  });

  it("searches with __regex (case-insensitive), $or/$regex where, and the search param", async () => {
    const res = await craftEasyCall(backend, "/customers?name__regex=^ALI&per_page=100", { token });
    const items = (res.json as Json).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((c: Json) => /^ali/i.test(c.name))).toBe(true);
    const where = { $or: [{ name: { $regex: "berg", $options: "i" } }, { email: { $regex: "berg", $options: "i" } }] };
    const or = (await craftEasyCall(backend, `/customers?where=${encodeURIComponent(JSON.stringify(where))}&per_page=100`, { token })).json as Json;
    expect(or.total).toBeGreaterThan(0);
    expect(or.items.every((c: Json) => /berg/i.test(c.name) || /berg/i.test(c.email))).toBe(true);
    const q = (await craftEasyCall(backend, "/customers?q=BERG&per_page=1", { token })).json as Json;
    expect(q.total).toBe(or.total);
    const skuSearch = (await craftEasyCall(backend, `/products?q=${encodeURIComponent("OUT-1")}&per_page=100`, { token })).json as Json;
    expect(skuSearch.items.every((p: Json) => p.sku.startsWith("OUT-1") || /out-1/i.test(p.name))).toBe(true);
  });

  it("filters multi-value relations by element and resolves labels with id__in", async () => {
    const some = (await craftEasyCall(backend, "/products?per_page=3&sort=sku", { token })).json as Json;
    const ids = some.items.map((p: Json) => p.id);
    const resolved = (await craftEasyCall(backend, `/products?id__in=${ids.join(",")}&per_page=10`, { token })).json as Json;
    expect(resolved.items.map((p: Json) => p.id).sort()).toEqual([...ids].sort());
    const withProduct = (await craftEasyCall(backend, `/orders?product_ids=${ids[0]}&per_page=100`, { token })).json as Json;
    expect(withProduct.items.every((o: Json) => o.product_ids.includes(ids[0]))).toBe(true);
  });

  it("answers 304 to a list request whose body is unchanged", async () => {
    const first = await craftEasyCall(backend, "/categories?per_page=5", { token });
    const etag = first.headers.get("ETag")!;
    expect(etag).toMatch(/^W\/"/);
    expect((await craftEasyCall(backend, "/categories?per_page=5", { token, headers: { "If-None-Match": etag } })).status).toBe(304);
  });
});

describe("item endpoints", () => {
  let backend: ReferenceBackend;
  let token: string;
  beforeAll(async () => {
    backend = createReferenceBackend();
    token = await craftEasySignIn(backend);
  });

  it("GET returns the document and its revision as a quoted ETag; unknown id is 404 with details", async () => {
    const id = await firstId(backend, token, "/categories?sort=name");
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
    const id = await firstId(backend, token, "/products?sort=sku");
    const etag = await etagOf(backend, token, `/products/${id}`);
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
    const id = await firstId(backend, token, "/customers?sort=email");
    const etag = await etagOf(backend, token, `/customers/${id}`);
    const touched = backend.control.touch("customers", id);
    expect(touched).not.toBe(etag);
    expect((await craftEasyCall(backend, `/customers/${id}`, { method: "PATCH", token, body: { newsletter: true }, headers: { "If-Match": etag } })).status).toBe(412);
    expect((await craftEasyCall(backend, `/customers/${id}`, { method: "PATCH", token, body: { newsletter: true }, headers: { "If-Match": touched } })).status).toBe(200);
  });

  it("POST creates (201 + ETag \"1\" + Location), fills defaults and generates readonly values", async () => {
    const category = await firstId(backend, token, "/categories?name=Tents");
    const res = await craftEasyCall(backend, "/products", { method: "POST", token, body: { name: "Test Tent", sku: "TST-0001", price: "99.50", category_id: category, status: "draft", number: 5 } });
    expect(res.status, res.text).toBe(201);
    expect(res.headers.get("ETag")).toBe('"1"');
    const doc = res.json as Json;
    expect(doc).toMatchObject({ name: "Test Tent", price: 99.5, featured: false, tags: [], stock: null, created_by: "64a000000000000000000001" });
    expect(res.headers.get("Location")).toBe(`/products/${doc.id}`);
    const customer = await firstId(backend, token, "/customers?sort=name");
    const order = await craftEasyCall(backend, "/orders", { method: "POST", token, body: { customer_id: customer, product_ids: [doc.id], quantity: 1, total: 99.5, status: "pending", ordered_at: "2026-03-05T10:00:00Z", number: "HACK" } });
    expect(order.status, order.text).toBe(201);
    expect((order.json as Json).number).toBe("ORD-012001");
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
    const id = await firstId(backend, token, "/customers?sort=name");
    const etag = await etagOf(backend, token, `/customers/${id}`);
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
    const etag = await etagOf(backend, token, `/products/${b.id}`);
    const dup = await craftEasyCall(backend, `/products/${b.id}`, { method: "PATCH", token, body: { sku: a.sku }, headers: { "If-Match": etag } });
    expect(dup.status).toBe(409);
  });

  it("denies deleting a category that still has products (422 CASCADE_DENY); soft-deletes an empty one (then 404)", async () => {
    const tents = await firstId(backend, token, "/categories?name=Tents");
    const etag = await etagOf(backend, token, `/categories/${tents}`);
    const denied = await craftEasyCall(backend, `/categories/${tents}`, { method: "DELETE", token, headers: { "If-Match": etag } });
    expect(denied.status).toBe(422);
    expect(denied.json).toMatchObject({ error: { code: "CASCADE_DENY" } });
    const seasonal = await firstId(backend, token, "/categories?name=Seasonal");
    const noMatch = await craftEasyCall(backend, `/categories/${seasonal}`, { method: "DELETE", token });
    expect(noMatch.status).toBe(428);
    const tag = await etagOf(backend, token, `/categories/${seasonal}`);
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
    const etag = await etagOf(backend, token, `/orders/${newer}`);
    const bad = await craftEasyCall(backend, `/orders/${newer}`, { method: "PATCH", token, body: { replaces_order: "0123456789abcdef01234567" }, headers: { "If-Match": etag } });
    expect(bad.status).toBe(422);
    expect(JSON.stringify((bad.json as Json).error.details)).toContain("replaces_order");
    const ok = await craftEasyCall(backend, `/orders/${newer}`, { method: "PATCH", token, body: { replaces_order: older }, headers: { "If-Match": etag } });
    expect(ok.status, ok.text).toBe(200);
    expect(((await craftEasyCall(backend, `/orders?replaces_order=${older}`, { token })).json as Json).items.map((i: Json) => i.id)).toEqual([newer]);
    const del = await craftEasyCall(backend, `/orders/${older}`, { method: "DELETE", token, headers: { "If-Match": await etagOf(backend, token, `/orders/${older}`) } });
    expect(del.status).toBe(204);
    expect(((await craftEasyCall(backend, `/orders/${newer}`, { token })).json as Json).replaces_order).toBeNull();
  });

  it("writes audit entries with field diffs, exposed read-only at /audit_log", async () => {
    const id = await firstId(backend, token, "/webhooks?sort=name");
    const etag = await etagOf(backend, token, `/webhooks/${id}`);
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
    const tag = await etagOf(backend, token, `/webhooks/${id}`);
    await craftEasyCall(backend, `/webhooks/${id}`, { method: "DELETE", token, headers: { "If-Match": tag } });
    const del = (await craftEasyCall(backend, `/audit_log?item_id=${id}&operation=delete`, { token })).json as Json;
    expect(del.items[0].snapshot).toMatchObject({ id, name: before.name });
    expect((await craftEasyCall(backend, "/audit_log", { method: "POST", token, body: {} })).status).toBe(403);
  });
});

describe("PUT and sessions", () => {
  it("PUT replaces writable fields, requires required ones and keeps readonly values", async () => {
    const backend = createReferenceBackend();
    const token = await craftEasySignIn(backend);
    const id = await firstId(backend, token, "/orders?sort=number");
    const current = (await craftEasyCall(backend, `/orders/${id}`, { token })).json as Json;
    const etag = await etagOf(backend, token, `/orders/${id}`);
    const partial = await craftEasyCall(backend, `/orders/${id}`, { method: "PUT", token, body: { status: "paid" }, headers: { "If-Match": etag } });
    expect(partial.status).toBe(422);
    const body = { customer_id: current.customer_id, product_ids: current.product_ids, quantity: 2, total: 10, status: "paid", ordered_at: current.ordered_at };
    const res = await craftEasyCall(backend, `/orders/${id}`, { method: "PUT", token, body, headers: { "If-Match": etag } });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ number: current.number, quantity: 2, notes: null, express: false, created_at: current.created_at });
    const log = (await craftEasyCall(backend, `/audit_log?item_id=${id}&operation=replace`, { token })).json as Json;
    expect(log.items[0].changes.quantity).toEqual({ old: current.quantity, new: 2 });
  });

  it("lists the caller's sessions at /me/sessions", async () => {
    const backend = createReferenceBackend();
    const a = await craftEasySignIn(backend);
    await craftEasySignIn(backend);
    const res = await craftEasyCall(backend, "/me/sessions", { token: a });
    expect(res.status).toBe(200);
    const body = res.json as Json;
    expect(body.total).toBe(2);
    expect(body.items.filter((s: Json) => s.current)).toHaveLength(1);
  });

  it("fetch() accepts fetch-style arguments", async () => {
    const backend = createReferenceBackend();
    const res = await backend.fetch("http://api.test/health", { method: "GET" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok" });
  });
});

describe("per-user access", () => {
  let backend: ReferenceBackend;
  let editor: string;
  beforeAll(async () => {
    backend = createReferenceBackend();
    editor = await craftEasySignIn(backend, { email: "editor@example.com" });
  });

  it("refuses resources outside the editor's schema and methods they lack with 403 ACCESS_DENIED", async () => {
    const audit = await craftEasyCall(backend, "/audit_log", { token: editor });
    expect(audit.status).toBe(403);
    expect(audit.json).toMatchObject({ error: { code: "ACCESS_DENIED" } });
    const id = await firstId(backend, editor, "/categories?name=Seasonal");
    const tag = await etagOf(backend, editor, `/categories/${id}`);
    const del = await craftEasyCall(backend, `/categories/${id}`, { method: "DELETE", token: editor, headers: { "If-Match": tag } });
    expect(del.status).toBe(403);
    expect(del.json).toMatchObject({ error: { code: "ACCESS_DENIED", details: { feature: "delete" } } });
  });

  it("refuses writes to a read-only field and hides a hidden one", async () => {
    const id = await firstId(backend, editor, "/products?sort=sku");
    const tag = await etagOf(backend, editor, `/products/${id}`);
    const res = await craftEasyCall(backend, `/products/${id}`, { method: "PATCH", token: editor, body: { price: 1 }, headers: { "If-Match": tag } });
    expect(res.status).toBe(403);
    expect((await craftEasyCall(backend, `/products/${id}`, { method: "PATCH", token: editor, body: { stock: 2 }, headers: { "If-Match": tag } })).status).toBe(200);
    const customers = (await craftEasyCall(backend, "/customers?per_page=5", { token: editor })).json as Json;
    expect(customers.items.every((c: Json) => !("portal_password" in c))).toBe(true);
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
    const c = clock();
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
    const id = await firstId(backend, token, "/categories?name=Seasonal");
    const tag = await etagOf(backend, token, `/categories/${id}`);
    const touched = await craftEasyCall(backend, `/__control/touch/categories/${id}`, { method: "POST" });
    expect(touched.json).toMatchObject({ ok: true });
    expect((touched.json as Json).etag).not.toBe(tag);
    const newTag = await etagOf(backend, token, `/categories/${id}`);
    await craftEasyCall(backend, `/categories/${id}`, { method: "DELETE", token, headers: { "If-Match": newTag } });
    expect((await craftEasyCall(backend, `/categories/${id}`, { token })).status).toBe(404);
    expect((await craftEasyCall(backend, "/__control/reset", { method: "POST" })).status).toBe(200);
    expect((await craftEasyCall(backend, `/categories/${id}`, { token })).status).toBe(200);
    expect((await craftEasyCall(backend, "/__control/expire-tokens", { method: "POST" })).status).toBe(200);
    expect((await craftEasyCall(backend, `/categories/${id}`, { token })).status).toBe(401);
  });
});
