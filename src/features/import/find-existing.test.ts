import { describe, expect, it, vi } from "vitest";
import { referenceAdapter } from "../../testing/reference-adapters.ts";
import { findExistingFor, keyFieldFor } from "./find-existing.ts";
import { relationResolver } from "./relation-resolver.ts";

describe("keyFieldFor", () => {
  it("prefers a field whose help text says unique, then well-known key names", async () => {
    const s = await referenceAdapter("craft-easy");
    const products = s.resource("products");
    expect(keyFieldFor(products, ["name", "sku", "price"])).toBe("sku");
    expect(keyFieldFor(products, ["name", "price"])).toBe("name");
    expect(keyFieldFor(products, ["category_id", "status"])).toBeNull();
  });
});

describe("findExistingFor", () => {
  it("craft-easy: one eq-filtered list request; null when absent", async () => {
    const s = await referenceAdapter("craft-easy");
    const products = s.resource("products");
    const first = (await s.backend.list(products, { page: 1, perPage: 1 })).items[0] ?? {};
    const list = vi.spyOn(s.backend, "list");
    const find = findExistingFor(s.backend, products, "sku");
    const signal = new AbortController().signal;
    expect(await find({ sku: first.sku }, { signal })).toEqual({ id: s.backend.idOf(products, first) });
    expect(list.mock.calls[0]?.[1].filters).toEqual([{ field: "sku", op: "eq", value: first.sku }]);
    expect(await find({ sku: "NOP-0000" }, { signal })).toBeNull();
  });

  it("litestar-admin (no filters): searches and matches exactly", async () => {
    const s = await referenceAdapter("litestar-admin");
    const products = s.resource("products");
    const first = (await s.backend.list(products, { page: 1, perPage: 1 })).items[0] ?? {};
    const list = vi.spyOn(s.backend, "list");
    const find = findExistingFor(s.backend, products, "sku");
    const signal = new AbortController().signal;
    expect(await find({ sku: first.sku }, { signal })).toEqual({ id: s.backend.idOf(products, first) });
    expect(list.mock.calls[0]?.[1].search).toBe(first.sku);
    expect(list.mock.calls[0]?.[1].filters).toBeUndefined();
  });
});

describe("relationResolver", () => {
  it("resolves labels in one batched `in` request, case-insensitively; unknown labels stay unresolved", async () => {
    const s = await referenceAdapter("craft-easy");
    const products = s.resource("products");
    const cats = (await s.backend.list(s.resource("categories"), { page: 1, perPage: 3 })).items;
    const list = vi.spyOn(s.backend, "list");
    const resolve = relationResolver(s.backend, s.schema, products, "category_id", "label");
    const names = cats.map((c) => String(c.name));
    const out = await resolve([names[0]?.toUpperCase() ?? "", ...names.slice(1), "No such category"], {});
    expect(list).toHaveBeenCalledTimes(1);
    expect(out.size).toBe(3);
    expect(out.get(names[1] ?? "")).toBe(s.backend.idOf(s.resource("categories"), cats[1] ?? {}));
    expect(out.has("No such category")).toBe(false);
  });

  it("resolves ids by value with resolveRelation", async () => {
    const s = await referenceAdapter("craft-easy");
    const products = s.resource("products");
    const cat = (await s.backend.list(s.resource("categories"), { page: 1, perPage: 1 })).items[0] ?? {};
    const id = String(s.backend.idOf(s.resource("categories"), cat));
    const out = await relationResolver(s.backend, s.schema, products, "category_id", "value")([id, "000000000000000000000000"], {});
    expect([...out.entries()]).toEqual([[id, id]]);
  });
});
