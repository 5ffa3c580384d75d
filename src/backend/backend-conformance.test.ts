// What every Backend must do, checked through the Backend interface only (src/backend/types.ts),
// for every entry of the dialect table: each adapter made as the app makes it, over the reference
// backend at the path where that dialect is served (real protocol, in-process, no network).
// Where a dialect declares a capability absent (capabilities()), the declared lack is what is
// checked. The protocol docs (/work/shared/protocol) say what each dialect must do.
import { describe, expect, it, vi } from "vitest";
import type { ResourceSchema } from "../protocol/types.ts";
import { referenceAdapter, signInAdapter, type AdapterSetup } from "../testing/reference-adapters.ts";
import { ApiError } from "./api-error.ts";
import { DIALECTS } from "./dialects.ts";
import type { Dialect } from "./dialects.ts";
import type { Backend, Capabilities, FilterCondition, Id, Item, ListQuery } from "./types.ts";

/** The rejection a promise ends in (fails the test when it resolves). */
async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const outcome = await promise.then(
    () => new Error("expected the call to be refused, it succeeded"),
    (e: unknown) => e,
  );
  if (!(outcome instanceof ApiError)) throw outcome instanceof Error ? outcome : new Error(String(outcome));
  return outcome;
}

/** A blob's text (jsdom's Blob has no `text()`). */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

const ids = (b: Backend, r: ResourceSchema, items: Item[]): Id[] => items.map((i) => b.idOf(r, i));

let serial = 0;
/** A category no other test touches (unique name and slug). */
function newCategory(): Item {
  serial += 1;
  return { name: `Conformance ${serial}`, slug: `conformance-${serial}-${Date.now().toString(36)}` };
}

/**
 * What each protocol doc says its dialect can do (craft-easy.md §5–7, litestar-admin.md §6–13 and
 * the capability matrix in protocol/README.md): a dialect may not pass a check below by declaring
 * the capability absent.
 */
const PROTOCOL: Record<Dialect, Partial<Capabilities>> = {
  "craft-easy": {
    filterOps: ["eq", "ne", "gt", "gte", "lt", "lte", "between", "in", "nin", "exists", "contains"],
    search: true,
    concurrency: "etag",
    dashboard: true,
    activity: true,
  },
  "litestar-admin": {
    filterOps: [],
    search: true,
    concurrency: "none",
    exportServer: { formats: ["csv", "json", "xlsx"], honoursQuery: false, selected: true },
    bulkDeleteServer: true,
    dashboard: true,
    activity: true,
  },
};

/** What each dialect declares for the signed-in admin: which checks apply (the rest are skipped). */
const DECLARED = new Map(await Promise.all(DIALECTS.map(async (d) => [d.id, (await referenceAdapter(d.id)).backend.capabilities()] as const)));

const CASES = DIALECTS.map((d) => [d.id, DECLARED.get(d.id)!] as const);

const FILTERS: { condition: FilterCondition; holds: (item: Item) => boolean }[] = [
  { condition: { field: "status", op: "eq", value: "active" }, holds: (i) => i.status === "active" },
  { condition: { field: "status", op: "ne", value: "active" }, holds: (i) => i.status !== "active" },
  { condition: { field: "status", op: "in", value: ["draft", "archived"] }, holds: (i) => i.status === "draft" || i.status === "archived" },
  { condition: { field: "status", op: "nin", value: ["draft", "archived"] }, holds: (i) => i.status !== "draft" && i.status !== "archived" },
  { condition: { field: "price", op: "gt", value: 100 }, holds: (i) => Number(i.price) > 100 },
  { condition: { field: "price", op: "gte", value: 100 }, holds: (i) => Number(i.price) >= 100 },
  { condition: { field: "price", op: "lt", value: 100 }, holds: (i) => Number(i.price) < 100 },
  { condition: { field: "price", op: "lte", value: 100 }, holds: (i) => Number(i.price) <= 100 },
  { condition: { field: "price", op: "between", value: [20, 80] }, holds: (i) => Number(i.price) >= 20 && Number(i.price) <= 80 },
  { condition: { field: "name", op: "contains", value: "LAMP" }, holds: (i) => String(i.name).toLowerCase().includes("lamp") },
];

describe.each(CASES)("Backend conformance (%s): capabilities", (dialect, declared) => {
  it("declares what its protocol doc says it can do", () => {
    expect(declared).toMatchObject(PROTOCOL[dialect]);
    expect(declared.maxPerPage).toBeGreaterThanOrEqual(25);
  });
});

describe.each(CASES)("Backend conformance (%s): auth", (dialect) => {
  const setup = (): Promise<AdapterSetup> => referenceAdapter(dialect);

  it("signs in as the login method bootstrap declared and names the user", async () => {
    const s = await setup();
    expect(s.info.authRequired).toBe(true);
    expect(["otp", "password"]).toContain(s.info.login.kind);
    expect(s.backend.currentUser()).toMatchObject({ id: expect.any(String), email: "admin@example.com" });
  });

  it("signs out: no user, listeners told, and the next request is refused as auth lost", async () => {
    const s = await setup();
    const listener = vi.fn();
    s.backend.onSessionChange(listener);
    await s.backend.logout();
    expect(s.backend.currentUser()).toBeNull();
    expect(listener).toHaveBeenCalledWith(null, "signed-out");
    const e = await refusal(s.backend.list(s.resource("products"), { page: 1, perPage: 1 }));
    expect(e.authLost).toBe(true);
  });

  it("signs in again after signing out; listeners hear it until they unsubscribe", async () => {
    const s = await setup();
    await s.backend.logout();
    const listener = vi.fn();
    const unsubscribe = s.backend.onSessionChange(listener);
    await signInAdapter(s.backend, s.info);
    const user = s.backend.currentUser();
    expect(user).toMatchObject({ email: "admin@example.com" });
    expect(listener).toHaveBeenCalledWith(user, "signed-in");
    expect((await s.backend.list(s.resource("products"), { page: 1, perPage: 1 })).items).toHaveLength(1);
    unsubscribe();
    listener.mockClear();
    await s.backend.logout();
    expect(listener).not.toHaveBeenCalled();
  });

  it("refuses wrong credentials as a rejection, signing no one in", async () => {
    const s = await setup();
    await s.backend.logout();
    const wrong =
      s.info.login.kind === "otp"
        ? s.backend
            .login({ step: "request-code", channel: "email", target: "admin@example.com" })
            .then(() => s.backend.login({ step: "verify-code", target: "admin@example.com", code: "000000" }))
        : s.backend.login({ step: "password", email: "admin@example.com", password: "not-the-password" });
    const e = await refusal(wrong);
    expect(e.kind).toBe("rejected");
    expect(e.status).toBeGreaterThanOrEqual(400);
    expect(s.backend.currentUser()).toBeNull();
  });

  it("refreshes a live session and keeps the user", async () => {
    const s = await setup();
    const before = s.backend.currentUser();
    expect(await s.backend.refresh()).toBe(true);
    expect(s.backend.currentUser()?.id).toBe(before?.id);
    expect((await s.backend.list(s.resource("products"), { page: 1, perPage: 1 })).items).toHaveLength(1);
  });
});

describe.each(CASES)("Backend conformance (%s): schema", (dialect) => {
  const setup = (): Promise<AdapterSetup> => referenceAdapter(dialect);

  it("loads a schema whose resources it can list; revalidates it by ETag where it has one", async () => {
    const s = await setup();
    expect(s.schema.resources.map((r) => r.name)).toEqual(expect.arrayContaining(["categories", "products", "orders"]));
    const first = await s.backend.loadSchema();
    if (first.etag === null) {
      expect(first.notModified).toBe(false);
      return;
    }
    const again = await s.backend.loadSchema({ schema: first.schema, etag: first.etag });
    expect(again.notModified).toBe(true);
    expect(again.schema).toEqual(first.schema);
  });
});

describe.each(CASES)("Backend conformance (%s): lists", (dialect, declared) => {
  const setup = (): Promise<AdapterSetup> => referenceAdapter(dialect);

  it("pages: page and perPage echoed, pages disjoint, one total", async () => {
    const s = await setup();
    const products = s.resource("products");
    const one = await s.backend.list(products, { page: 1, perPage: 5 });
    const two = await s.backend.list(products, { page: 2, perPage: 5 });
    expect(one).toMatchObject({ page: 1, perPage: 5 });
    expect(two).toMatchObject({ page: 2, perPage: 5, total: one.total });
    expect(one.items).toHaveLength(5);
    expect(two.items).toHaveLength(5);
    const first = ids(s.backend, products, one.items);
    for (const id of ids(s.backend, products, two.items)) expect(first).not.toContain(id);
  });

  it("answers up to maxPerPage rows in one page", async () => {
    const s = await setup();
    const { maxPerPage } = s.backend.capabilities();
    const page = await s.backend.list(s.resource("orders"), { page: 1, perPage: maxPerPage });
    expect(page.items.length).toBe(Math.min(maxPerPage, page.total));
  });

  it.each([false, true])("sorts by one key (descending: %s)", async (desc) => {
    const s = await setup();
    const page = await s.backend.list(s.resource("products"), { page: 1, perPage: 50, sort: [{ field: "price", desc }] });
    expect(page.sortDropped).toBeUndefined();
    const prices = page.items.map((i) => Number(i.price));
    expect(prices).toEqual([...prices].sort((a, b) => (desc ? b - a : a - b)));
  });

  // declared absent: the UI sends one key, nothing to check
  it.runIf(declared.multiSort)("sorts by several keys (declares multiSort)", async () => {
    const s = await setup();
    const page = await s.backend.list(s.resource("products"), {
      page: 1,
      perPage: 100,
      sort: [
        { field: "status", desc: false },
        { field: "price", desc: true },
      ],
    });
    const keys = page.items.map((i) => [String(i.status), Number(i.price)] as const);
    const sorted = [...keys].sort((a, b) => a[0].localeCompare(b[0]) || b[1] - a[1]);
    expect(keys).toEqual(sorted);
  });

  it(declared.search ? "searches (declares search)" : "declares no search: a search term leaves the list as it is", async () => {
    const s = await setup();
    const products = s.resource("products");
    const all = await s.backend.list(products, { page: 1, perPage: 100 });
    const target = all.items[0]!;
    const term = String(target.name).split(" ")[0]!;
    const found = await s.backend.list(products, { page: 1, perPage: 100, search: term });
    if (!declared.search) {
      expect(found.total).toBe(all.total);
      return;
    }
    expect(ids(s.backend, products, found.items)).toContain(s.backend.idOf(products, target));
    expect(found.total).toBeLessThan(all.total);
    for (const item of found.items) expect(Object.values(item).some((v) => typeof v === "string" && v.toLowerCase().includes(term.toLowerCase()))).toBe(true);
  });

  it.runIf(declared.filterOps.length === 0)("declares no server filters: filters leave the list as it is", async () => {
    const s = await setup();
    const products = s.resource("products");
    const all = await s.backend.list(products, { page: 1, perPage: 100 });
    const filtered = await s.backend.list(products, { page: 1, perPage: 100, filters: FILTERS.map((f) => f.condition) });
    expect(filtered.total).toBe(all.total);
    expect(ids(s.backend, products, filtered.items)).toEqual(ids(s.backend, products, all.items));
  });

  // an operator declared absent is never offered by the UI: nothing to check
  it.each(FILTERS.filter((f) => declared.filterOps.includes(f.condition.op)).map((f) => [f.condition.op, f] as const))("filters with %s (declared)", async (_op, { condition, holds }) => {
    const s = await setup();
    const products = s.resource("products");
    const query: ListQuery = { page: 1, perPage: 100 };
    const all = await s.backend.list(products, query);
    const filtered = await s.backend.list(products, { ...query, filters: [condition] });
    expect(filtered.total).toBeGreaterThan(0);
    expect(filtered.total).toBeLessThan(all.total);
    for (const item of filtered.items) expect(holds(item), JSON.stringify(item)).toBe(true);
  });
});

describe.each(CASES)("Backend conformance (%s): records", (dialect, declared) => {
  const setup = (): Promise<AdapterSetup> => referenceAdapter(dialect);

  it("create → get → update → remove; a removed record is a 404 rejection, not auth loss", async () => {
    const s = await setup();
    const categories = s.resource("categories");
    const created = await s.backend.create(categories, newCategory());
    const id = s.backend.idOf(categories, created.item);
    const got = await s.backend.get(categories, id);
    expect(got.item).toMatchObject({ name: created.item.name, slug: created.item.slug });
    const updated = await s.backend.update(categories, id, { name: "Renamed by conformance" }, got.version);
    expect(updated.item).toMatchObject({ name: "Renamed by conformance", slug: created.item.slug });
    expect((await s.backend.get(categories, id)).item.name).toBe("Renamed by conformance");
    await s.backend.remove(categories, id, updated.version);
    const gone = await refusal(s.backend.get(categories, id));
    expect(gone).toMatchObject({ status: 404, kind: "rejected", authLost: false });
  });

  const versions = declared.concurrency === "etag" ? "declares etag concurrency: versions every read and write, refuses a stale version with 412" : "declares no concurrency control: no versions, the last write wins";
  it(versions, async () => {
    const s = await setup();
    const categories = s.resource("categories");
    const created = await s.backend.create(categories, newCategory());
    const id = s.backend.idOf(categories, created.item);
    const got = await s.backend.get(categories, id);
    if (declared.concurrency === "none") {
      // declared absent: no versions, the last write wins
      expect([created.version, got.version]).toEqual([null, null]);
      await s.backend.update(categories, id, { name: "First writer" }, got.version);
      const second = await s.backend.update(categories, id, { name: "Second writer" }, got.version);
      expect(second.version).toBeNull();
      expect((await s.backend.get(categories, id)).item.name).toBe("Second writer");
      return;
    }
    expect(got.version).toEqual(expect.any(String));
    const updated = await s.backend.update(categories, id, { name: "First writer" }, got.version);
    expect(updated.version).toEqual(expect.any(String));
    expect(updated.version).not.toBe(got.version);
    const stale = await refusal(s.backend.update(categories, id, { name: "Second writer" }, got.version));
    expect(stale).toMatchObject({ status: 412, kind: "rejected", authLost: false });
    expect((await s.backend.get(categories, id)).item.name).toBe("First writer");
    const staleDelete = await refusal(s.backend.remove(categories, id, got.version));
    expect(staleDelete.status).toBe(412);
    // no version at hand (e.g. editing from the list): the adapter fetches one (craft-easy.md §7.3)
    const unversioned = await s.backend.update(categories, id, { name: "Third writer" }, null);
    expect(unversioned.version).toEqual(expect.any(String));
    expect(unversioned.version).not.toBe(updated.version);
    await s.backend.remove(categories, id, unversioned.version);
  });

  it("refuses a record that breaks a unique rule as the user's to fix, never as a server failure", async () => {
    const s = await setup();
    const categories = s.resource("categories");
    const taken = await s.backend.create(categories, newCategory());
    const e = await refusal(s.backend.create(categories, { ...newCategory(), slug: taken.item.slug }));
    expect(["rejected", "constraint"]).toContain(e.kind);
    expect(e.authLost).toBe(false);
  });
});

describe.each(CASES)("Backend conformance (%s): relations", (dialect) => {
  const setup = (): Promise<AdapterSetup> => referenceAdapter(dialect);

  it("searches the related records by their label and resolves labels of ids, dropping unknown ones", async () => {
    const s = await setup();
    const products = s.resource("products");
    const relation = products.fields.category_id?.relation;
    expect(relation).toBeDefined();
    const related = s.schema.resources.find((r) => r.endpoint === relation!.endpoint)!;
    const rows = (await s.backend.list(related, { page: 1, perPage: 3 })).items;
    const wanted = rows[1]!;
    const label = String(wanted[relation!.label_field]);
    const found = await s.backend.searchRelation(products, "category_id", { term: label, page: 1, perPage: 10 });
    expect(found.options).toContainEqual(expect.objectContaining({ value: s.backend.idOf(related, wanted), label }));

    const paged = await s.backend.searchRelation(products, "category_id", { term: "", page: 1, perPage: 2 });
    expect(paged.options).toHaveLength(2);
    expect(paged.hasMore).toBe(true);

    const order = [rows[2]!, rows[0]!].map((r) => s.backend.idOf(related, r));
    const resolved = await s.backend.resolveRelation(products, "category_id", [order[0]!, "ffffffffffffffffffffffff", order[1]!]);
    expect(resolved.map((o) => o.value)).toEqual(order);
    expect(resolved.map((o) => o.label)).toEqual([rows[2]!, rows[0]!].map((r) => String(r[relation!.label_field])));
  });
});

describe.each(CASES)("Backend conformance (%s): bulk", (dialect, declared) => {
  const setup = (): Promise<AdapterSetup> => referenceAdapter(dialect);

  it(declared.bulkDeleteServer ? "deletes in bulk on the server (declared)" : "declares no server bulk delete and offers none (the client deletes one by one)", async () => {
    const s = await setup();
    const categories = s.resource("categories");
    if (!declared.bulkDeleteServer) {
      expect(s.backend.bulkDelete).toBeUndefined();
      return;
    }
    const made = await Promise.all([s.backend.create(categories, newCategory()), s.backend.create(categories, newCategory())]);
    const gone = made.map((m) => s.backend.idOf(categories, m.item));
    const result = await s.backend.bulkDelete!(categories, gone);
    expect(result.failed).toEqual([]);
    expect([...result.succeeded].sort()).toEqual([...gone].sort());
    for (const id of gone) expect((await refusal(s.backend.get(categories, id))).status).toBe(404);
  });

  // none declared: the UI shows none, nothing to check
  const categoryAction = declared.bulkActions.categories?.[0];
  it.runIf(categoryAction)("runs a declared custom action on the selected records only", async () => {
    const s = await setup();
    const categories = s.resource("categories");
    const action = categoryAction!;
    expect(s.backend.bulkAction).toBeDefined();
    const made = await s.backend.create(categories, { ...newCategory(), is_active: true });
    const id = s.backend.idOf(categories, made.item);
    const result = await s.backend.bulkAction!(categories, action.name, [id], {});
    expect(result.failed).toEqual([]);
    expect(result.succeeded).toEqual([id]);
  });
});

describe.each(CASES)("Backend conformance (%s): export", (dialect, declared) => {
  const setup = (): Promise<AdapterSetup> => referenceAdapter(dialect);

  it(declared.exportServer ? "exports on the server in each declared format, selected rows only where declared" : "declares no server export and offers none (the client pages)", async () => {
    const s = await setup();
    const server = declared.exportServer;
    if (!server) {
      expect(s.backend.exportServer).toBeUndefined();
      return;
    }
    const categories = s.resource("categories");
    const total = (await s.backend.list(categories, { page: 1, perPage: 1 })).total;
    for (const format of server.formats) {
      const blob = await s.backend.exportServer!(categories, format);
      expect(blob.size, format).toBeGreaterThan(0);
    }
    if (server.formats.includes("json")) {
      const rows: unknown = JSON.parse(await blobText(await s.backend.exportServer!(categories, "json")));
      expect(Array.isArray(rows) && rows.length).toBe(total);
    }
    if (server.selected && server.formats.includes("json")) {
      const two = ids(s.backend, categories, (await s.backend.list(categories, { page: 1, perPage: 2 })).items);
      const rows: unknown = JSON.parse(await blobText(await s.backend.exportServer!(categories, "json", two)));
      expect(Array.isArray(rows) && rows.map((r: Item) => s.backend.idOf(categories, r)).sort()).toEqual([...two].sort());
    }
  });
});

describe.each(CASES)("Backend conformance (%s): dashboard and activity", (dialect, declared) => {
  const setup = (): Promise<AdapterSetup> => referenceAdapter(dialect);

  // declared absent: the client counts with lists, nothing to check
  it.runIf(declared.dashboard)("counts records per resource (declares a dashboard)", async () => {
    const s = await setup();
    const dash = await s.backend.dashboard!();
    const orders = dash.models.find((m) => m.resource === "orders");
    expect(orders?.count).toBe((await s.backend.list(s.resource("orders"), { page: 1, perPage: 1 })).total);
  });

  // declared absent: the UI hides activity and history, nothing to check
  it.runIf(declared.activity)("lists an update in the activity of that record (declares activity)", async () => {
    const s = await setup();
    const categories = s.resource("categories");
    const made = await s.backend.create(categories, newCategory());
    const id = s.backend.idOf(categories, made.item);
    const got = await s.backend.get(categories, id);
    await s.backend.update(categories, id, { name: "Audited rename" }, got.version);
    const entries = await s.backend.activity!({ resource: "categories", recordId: id, limit: 10 });
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.resource === "categories" && e.recordId === String(id))).toBe(true);
    expect(entries.some((e) => e.action === "update" && e.changes.name?.new === "Audited rename")).toBe(true);
    expect((await s.backend.activity!({ limit: 3 })).length).toBeLessThanOrEqual(3);
  });
});
