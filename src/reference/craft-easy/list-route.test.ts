// The list endpoint: paging, sort, filters with coercion, search, relation filters, 304.
import { beforeAll, describe, expect, it } from "vitest";
import { createReferenceBackend } from "../reference-backend.ts";
import type { ReferenceBackend } from "../reference-backend.ts";
import { craftEasyCall, craftEasyEtag, craftEasyFirstId, craftEasySignIn } from "../testing/reference-setup.ts";
import type { Json } from "../testing/reference-setup.ts";

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
    const id = await craftEasyFirstId(backend, token, "/orders?per_page=1");
    const etag = await craftEasyEtag(backend, token, `/orders/${id}`);
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
