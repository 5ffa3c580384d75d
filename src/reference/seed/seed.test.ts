import { describe, expect, it } from "vitest";
import { RESOURCE_DEFINITIONS, WIDGET_IDS } from "../resources.ts";
import { SEED_COUNTS, seedStore } from "./seed.ts";
import { createStore } from "../store/store.ts";

function seeded() {
  const store = createStore({ now: () => Date.parse("2026-03-02T00:00:00Z") });
  seedStore(store);
  return store;
}

describe("seed data", () => {
  it("builds the 12,000-order table quickly", () => {
    const t0 = performance.now();
    const store = seeded();
    const ms = performance.now() - t0;
    expect(store.count("orders")).toBe(SEED_COUNTS.orders);
    expect(store.count("orders")).toBeGreaterThanOrEqual(10_000);
    expect(store.count("customers")).toBe(SEED_COUNTS.customers);
    expect(store.count("products")).toBe(SEED_COUNTS.products);
    expect(ms).toBeLessThan(1000);
  });

  it("can build a smaller order table for fast UI tests", () => {
    const store = createStore();
    seedStore(store, { orders: 500 });
    expect(store.count("orders")).toBe(500);
    expect(store.count("products")).toBe(SEED_COUNTS.products);
  });

  it("is deterministic", () => {
    const a = seeded().find("orders", { limit: 3 }).items.map((r) => r.doc);
    const b = seeded().find("orders", { limit: 3 }).items.map((r) => r.doc);
    expect(a).toEqual(b);
  });

  it("uses every widget id across the resources", () => {
    const used = new Set(RESOURCE_DEFINITIONS.flatMap((d) => Object.values(d.schema.fields).map((f) => f.widget)));
    for (const w of WIDGET_IDS) expect(used, w).toContain(w);
    expect(WIDGET_IDS).toHaveLength(25);
  });

  it("has valid relations on every side and unique SKUs/emails", () => {
    const store = seeded();
    const ids = (name: string) => new Set(store.find(name).items.map((r) => r.id));
    const cats = ids("categories");
    const products = ids("products");
    const customers = ids("customers");
    for (const p of store.find("products").items) expect(cats.has(String(p.doc.category_id))).toBe(true);
    for (const c of store.find("customers").items) for (const id of c.doc.preferred_categories as string[]) expect(cats.has(id)).toBe(true);
    const orders = store.find("orders").items;
    for (const o of orders.slice(0, 2000)) {
      expect(customers.has(String(o.doc.customer_id))).toBe(true);
      for (const id of o.doc.product_ids as string[]) expect(products.has(id)).toBe(true);
    }
    const skus = store.find("products").items.map((r) => r.doc.sku);
    expect(new Set(skus).size).toBe(skus.length);
    expect(skus.every((s) => /^[A-Z]{3}-[0-9]{4}$/.test(String(s)))).toBe(true);
    const emails = store.find("customers").items.map((r) => r.doc.email);
    expect(new Set(emails).size).toBe(emails.length);
  });

  it("a few orders replace an earlier cancelled order of the same customer; the rest replace none", () => {
    const store = seeded();
    const orders = store.find("orders").items;
    const replacing = orders.filter((o) => o.doc.replaces_order !== null);
    expect(orders.every((o) => "replaces_order" in o.doc)).toBe(true);
    expect(replacing.length).toBeGreaterThanOrEqual(5);
    expect(replacing.length).toBeLessThan(orders.length / 100);
    for (const o of replacing) {
      const replaced = store.get("orders", String(o.doc.replaces_order))?.doc;
      expect(replaced).toMatchObject({ status: "cancelled", customer_id: o.doc.customer_id });
      expect(String(replaced?.number) < String(o.doc.number)).toBe(true);
    }
  });

  it("leaves deletable records: categories without products, customers without orders", () => {
    const store = seeded();
    const emptyCats = store.find("categories").items.filter((c) => store.count("products", { kind: "cmp", field: "category_id", op: "eq", value: c.id }) === 0);
    expect(emptyCats.length).toBeGreaterThanOrEqual(3);
    const lastCustomer = store.find("customers").items.at(-1)!;
    expect(store.count("orders", { kind: "cmp", field: "customer_id", op: "eq", value: lastCustomer.id })).toBe(0);
  });

  it("writes an audit history whose updated_at never precedes created_at", () => {
    const store = seeded();
    const log = store.auditLog();
    expect(log.length).toBeGreaterThanOrEqual(100);
    expect(log.every((e) => e.operation === "update" && Object.keys(e.changes).length > 0)).toBe(true);
    for (const name of ["products", "customers", "orders"]) {
      for (const r of store.find(name).items) expect(String(r.doc.updated_at) >= String(r.doc.created_at)).toBe(true);
    }
  });
});
