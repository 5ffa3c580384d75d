import { describe, expect, it } from "vitest";
import { ObjectIdValue } from "./query.ts";
import type { Predicate } from "./query.ts";
import { StoreError } from "./store-error.ts";
import { createStore } from "./store.ts";
import type { Actor } from "./types.ts";

const actor: Actor = { userId: "u1", userName: "Ada", ip: "10.0.0.1" };

function fixture() {
  let t = Date.parse("2026-01-01T00:00:00Z");
  const store = createStore({ now: () => t });
  store.define("cats", { unique: ["slug"], referencedBy: [{ collection: "items", field: "cat", onDelete: "deny" }, { collection: "items", field: "cats", onDelete: "nullify" }] });
  store.define("items", { unique: ["sku"] });
  const advance = (ms: number) => {
    t += ms;
  };
  return { store, advance };
}

const cmp = (field: string, op: Extract<Predicate, { kind: "cmp" }>["op"], value: unknown): Predicate => ({ kind: "cmp", field, op, value });

describe("store writes", () => {
  it("inserts with a 24-hex id, revision 1 and server-managed fields", () => {
    const { store } = fixture();
    const rec = store.insert("items", { name: "Lamp", created_by: "hacker", id: "x" }, { actor });
    expect(rec.id).toMatch(/^[0-9a-f]{24}$/);
    expect(rec.revision).toBe(1);
    expect(rec.doc).toMatchObject({ id: rec.id, name: "Lamp", created_by: "u1", updated_by: "u1", is_deleted: false, created_at: "2026-01-01T00:00:00.000Z" });
  });

  it("bumps the revision on update and touch, and writes field diffs to the audit log", () => {
    const { store, advance } = fixture();
    const rec = store.insert("items", { name: "Lamp", price: 10 }, { actor });
    advance(60_000);
    const upd = store.update("items", rec.id, { price: 12, name: "Lamp" }, { actor: { ...actor, userId: "u2", userName: "Bo" } });
    expect(upd.revision).toBe(2);
    expect(upd.doc.updated_at).toBe("2026-01-01T00:01:00.000Z");
    expect(upd.doc.created_at).toBe("2026-01-01T00:00:00.000Z");
    expect(store.touch("items", rec.id).revision).toBe(3);
    const log = store.auditLog();
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ resource: "items", item_id: rec.id, operation: "insert", changes: { name: { old: null, new: "Lamp" }, price: { old: null, new: 10 } } });
    expect(log[1]).toMatchObject({ operation: "update", user_id: "u2", user_name: "Bo", ip: "10.0.0.1", changes: { price: { old: 10, new: 12 } } });
    expect(Object.keys(log[1]!.changes)).toEqual(["price"]);
  });

  it("replace drops fields that are not in the new body", () => {
    const { store } = fixture();
    const rec = store.insert("items", { name: "Lamp", color: "red" }, { actor });
    const rep = store.update("items", rec.id, { name: "Lamp 2" }, { actor }, "replace");
    expect(rep.doc.color).toBeUndefined();
    expect(store.auditLog()[1]).toMatchObject({ operation: "replace", changes: { name: { old: "Lamp", new: "Lamp 2" }, color: { old: "red", new: null } } });
  });

  it("soft-deletes: the record disappears from get/find but stays with includeDeleted, with a snapshot in the audit", () => {
    const { store } = fixture();
    const rec = store.insert("items", { name: "Lamp" }, { actor });
    store.remove("items", rec.id, { actor });
    expect(store.get("items", rec.id)).toBeUndefined();
    expect(store.find("items").total).toBe(0);
    const deleted = store.get("items", rec.id, { includeDeleted: true });
    expect(deleted?.doc).toMatchObject({ is_deleted: true, deleted_by: "u1" });
    expect(typeof deleted?.doc.deleted_at).toBe("string");
    expect(store.find("items", { includeDeleted: true }).total).toBe(1);
    const entry = store.auditLog().at(-1);
    expect(entry).toMatchObject({ operation: "delete", snapshot: { name: "Lamp", is_deleted: false } });
    expect(() => store.update("items", rec.id, { name: "x" }, { actor })).toThrow(StoreError);
  });

  it("enforces unique fields case-insensitively among live records", () => {
    const { store } = fixture();
    const a = store.insert("items", { sku: "ABC-1000" }, { actor });
    const err = (() => {
      try {
        store.insert("items", { sku: "abc-1000" }, { actor });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe("CONFLICT");
    expect((err as StoreError).details).toMatchObject({ field: "sku", existing_id: a.id });
    // updating a record to its own value is fine; deleting frees the value
    expect(store.update("items", a.id, { sku: "ABC-1000" }, { actor }).revision).toBe(2);
    store.remove("items", a.id, { actor });
    expect(store.insert("items", { sku: "ABC-1000" }, { actor }).revision).toBe(1);
  });

  it("denies deleting a referenced record and nullifies array references", () => {
    const { store } = fixture();
    const c1 = store.insert("cats", { slug: "a" }, { actor });
    const c2 = store.insert("cats", { slug: "b" }, { actor });
    const item = store.insert("items", { cat: c1.id, cats: [c1.id, c2.id] }, { actor });
    expect(() => store.remove("cats", c1.id, { actor })).toThrow(expect.objectContaining({ code: "CASCADE_DENY" }));
    store.remove("cats", c2.id, { actor });
    expect(store.get("items", item.id)?.doc.cats).toEqual([c1.id]);
  });

  it("clear() empties every collection", () => {
    const { store } = fixture();
    store.insert("items", { sku: "X" }, { actor });
    store.clear();
    expect(store.find("items").total).toBe(0);
    expect(store.auditLog()).toHaveLength(0);
    expect(store.insert("items", { sku: "X" }, { actor }).revision).toBe(1);
  });
});

describe("store queries", () => {
  function queryFixture() {
    const { store } = fixture();
    const rows = [
      { name: "Alpha", code: "123", n: 5, tags: ["x", "y"], when: "2026-01-10", flag: true, nested: { k: 1 } },
      { name: "beta", code: "ABC", n: 15, tags: ["y"], when: "2026-02-10", flag: false },
      { name: "Gamma", code: null, n: 25, tags: [], when: "2026-03-10", flag: true },
      { name: "alpine", n: 15, when: "2025-12-31", flag: false },
    ];
    const ids = rows.map((r) => store.insert("items", r, { actor }).id);
    const names = (q: Parameters<typeof store.find>[1]) => store.find("items", q).items.map((r) => r.doc.name);
    return { store, ids, names };
  }

  it("equality is type-strict and matches array elements", () => {
    const { names } = queryFixture();
    expect(names({ where: cmp("code", "eq", 123) })).toEqual([]);
    expect(names({ where: cmp("code", "eq", "123") })).toEqual(["Alpha"]);
    expect(names({ where: cmp("tags", "eq", "y") })).toEqual(["Alpha", "beta"]);
    expect(names({ where: cmp("code", "eq", null) })).toEqual(["Gamma", "alpine"]);
    expect(names({ where: cmp("nested.k", "eq", 1) })).toEqual(["Alpha"]);
  });

  it("supports comparison, in/nin, ne, exists and regex", () => {
    const { names } = queryFixture();
    expect(names({ where: cmp("n", "gt", 5) })).toEqual(["beta", "Gamma", "alpine"]);
    expect(names({ where: { kind: "and", items: [cmp("n", "gte", 15), cmp("n", "lte", 15)] } })).toEqual(["beta", "alpine"]);
    expect(names({ where: cmp("when", "lt", "2026-01-01") })).toEqual(["alpine"]);
    expect(names({ where: cmp("n", "gt", "5") })).toEqual([]); // no cross-kind comparison
    expect(names({ where: cmp("n", "in", [5, 25]) })).toEqual(["Alpha", "Gamma"]);
    expect(names({ where: cmp("n", "nin", [5, 25]) })).toEqual(["beta", "alpine"]);
    expect(names({ where: cmp("flag", "ne", true) })).toEqual(["beta", "alpine"]);
    expect(names({ where: cmp("code", "exists", false) })).toEqual(["alpine"]);
    expect(names({ where: cmp("name", "regex", /^alp/i) })).toEqual(["Alpha", "alpine"]);
    expect(names({ where: { kind: "or", items: [cmp("name", "regex", /gam/i), cmp("code", "eq", "ABC")] } })).toEqual(["beta", "Gamma"]);
  });

  it("matches ObjectId query values against string ids", () => {
    const { store, ids } = queryFixture();
    expect(store.find("items", { where: cmp("id", "eq", new ObjectIdValue(ids[1]!.toUpperCase())) }).items.map((r) => r.id)).toEqual([ids[1]]);
  });

  it("sorts by several keys, then insertion order; pages with offset/limit", () => {
    const { names, store } = queryFixture();
    expect(names({ sort: [{ field: "n", desc: true }, { field: "name", desc: false }] })).toEqual(["Gamma", "alpine", "beta", "Alpha"]);
    // binary string order: capitals first
    expect(names({ sort: [{ field: "name", desc: false }] })).toEqual(["Alpha", "Gamma", "alpine", "beta"]);
    // nulls/missing sort first ascending
    expect(names({ sort: [{ field: "code", desc: false }] })[0]).toBe("Gamma");
    const page = store.find("items", { sort: [{ field: "n", desc: false }], offset: 1, limit: 2 });
    expect(page.total).toBe(4);
    expect(page.items.map((r) => r.doc.name)).toEqual(["beta", "alpine"]);
  });
});
