// The litestar-admin adapter driving the reference backend's litestar face end to end (the
// backend's `handle` injected as fetch): what the app does in demo mode with this dialect.
import { beforeAll, describe, expect, it } from "vitest";
import { createLitestarBackend } from "../../backend/litestar-admin/litestar-backend.ts";
import type { LitestarBackend } from "../../backend/litestar-admin/litestar-backend.ts";
import { ApiError } from "../../backend/api-error.ts";
import { validateSchema } from "../../protocol/validate-schema.ts";
import type { AdminSchema, ResourceSchema } from "../../protocol/types.ts";
import type { ReferenceBackend } from "../reference-backend.ts";
import { litestarAdapter } from "../../testing/reference-adapters.ts";
import { standaloneLitestar } from "../testing/reference-setup.ts";
import { LITESTAR_DEMO_BULK_ACTIONS } from "./litestar-demo.ts";

const ORIGIN = "http://demo.test";

function blobText(b: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsText(b);
  });
}

let reference: ReferenceBackend;
let adapter: LitestarBackend;
let schema: AdminSchema;
let res: (name: string) => ResourceSchema;

beforeAll(async () => {
  const setup = await litestarAdapter({ baseUrl: ORIGIN, referenceOptions: { seed: { orders: 200 } }, settings: { bulkActions: LITESTAR_DEMO_BULK_ACTIONS } });
  ({ reference, backend: adapter, schema, resource: res } = setup);
  expect(setup.info.authRequired).toBe(true);
  expect(setup.info.login).toEqual({ kind: "password" });
  expect(setup.info.devCredentials.map((c) => c.email)).toEqual(["admin@example.com", "editor@example.com"]);
});

describe("adapter ↔ reference litestar face", () => {
  it("signs in with /auth/me's identity", () => {
    expect(adapter.currentUser()).toMatchObject({ email: "admin@example.com", roles: ["admin"] });
  });

  it("translates the catalog into a valid AdminSchema", () => {
    expect(schema.title).toBe("Atrium Demo Shop");
    expect(schema.resources.map((r) => r.name)).toEqual(["categories", "products", "customers", "orders", "webhooks"]);
    expect(schema.navigation?.map((g) => g.label)).toEqual(["", "Catalog", "Sales"]);
    const products = res("products");
    expect(schema.resources.map((r) => [r.label, r.label_plural])).toEqual([
      ["Category", "Categories"],
      ["Product", "Products"],
      ["Customer", "Customers"],
      ["Order", "Orders"],
      ["Webhook", "Webhooks"],
    ]);
    expect(products.list.fields).toEqual(["id", "sku", "name", "category_id", "price", "stock", "status", "featured"]);
    expect(products.fields.category_id?.relation).toEqual({ endpoint: "/api/models/categories", label_field: "name", search_field: "name", value_field: "id" });
    expect(products.fields.status?.widget).toBe("select");
    expect(products.fields.id?.readonly).toBe(true);
    expect(res("orders").fields.ordered_at).toMatchObject({ type: "date", widget: "datetime", required: true });
    expect(res("orders").fields.replaces_order).toMatchObject({
      widget: "relation",
      required: false,
      relation: { endpoint: "/api/models/orders", label_field: "number", search_field: "number", value_field: "id" },
    });
  });

  it("create form: the face answers mode=create without the PK; the adapter's create form keeps the resource", async () => {
    for (const name of ["categories", "products", "customers", "orders", "webhooks"]) {
      const create = await adapter.http.get<{ properties: Record<string, unknown>; required: string[] }>(`/api/models/${name}/schema`, { query: { mode: "create" } });
      const edit = await adapter.http.get<{ properties: Record<string, unknown> }>(`/api/models/${name}/schema`, { query: { mode: "edit" } });
      expect(Object.keys(create.data.properties), name).not.toContain("id");
      expect(edit.data.properties.id, name).toMatchObject({ readOnly: true });
      expect(Object.keys(create.data.properties)).toEqual(Object.keys(edit.data.properties).filter((k) => k !== "id"));
      const resource = res(name);
      const form = await adapter.createFormSchema?.(resource);
      if (!form) throw new Error("no createFormSchema");
      expect(form).toMatchObject({ name, endpoint: `/api/models/${name}`, label: resource.label, label_plural: resource.label_plural });
      expect(form.list).toEqual(resource.list);
      expect(form.features).toEqual(resource.features);
      expect(form.fields.id, name).toBeUndefined();
      expect(form.form.groups.flatMap((g) => g.fields)).not.toContain("id");
      expect(Object.keys(form.fields)).toEqual(Object.keys(resource.fields).filter((k) => k !== "id"));
      for (const r of create.data.required) expect(form.fields[r]?.required, `${name}.${r}`).toBe(true);
    }
    const products = await adapter.createFormSchema?.(res("products"));
    expect(products?.fields.category_id?.relation?.endpoint).toBe("/api/models/categories");
    expect(products?.form.groups[0]).toMatchObject({ label: "Basics", fields: ["name", "sku", "category_id", "status", "tags"] });
  });

  it("lists with paging, search and sort; filters are never sent", async () => {
    const page = await adapter.list(res("products"), {
      page: 2,
      perPage: 10,
      sort: [{ field: "price", desc: true }],
      search: "lamp",
      filters: [{ field: "status", op: "eq", value: "draft" }],
    });
    expect(page.page).toBe(2);
    expect(page.perPage).toBe(10);
    const prices = page.items.map((i) => i.price as number);
    expect(prices).toEqual([...prices].sort((a, b) => b - a));
    for (const item of page.items) expect(String(item.name).toLowerCase()).toContain("lamp");
    // the status filter did not narrow anything: same total as the unfiltered search
    const unfiltered = await adapter.list(res("products"), { page: 1, perPage: 10, search: "lamp" });
    expect(page.total).toBe(unfiltered.total);
  });

  it("create → get → update (changed fields only) → remove, with version null", async () => {
    const products = res("products");
    const form = await adapter.createFormSchema?.(products);
    expect(form?.fields.id).toBeUndefined();
    const category = (await adapter.list(res("categories"), { page: 1, perPage: 1 })).items[0]?.id as string;
    const created = await adapter.create(products, { name: "Round trip", sku: "RTP-0001", category_id: category, status: "draft", price: 9.5, website: "" });
    expect(created.version).toBeNull();
    expect(created.item.website).toBeNull();
    const id = adapter.idOf(products, created.item);
    const updated = await adapter.update(products, id, { id: "hijack", price: 11 }, null);
    expect(updated.item).toMatchObject({ id, price: 11, name: "Round trip" });
    expect((await adapter.get(products, id)).item.price).toBe(11);
    await adapter.remove(products, id, null);
    const gone = await adapter.get(products, id).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(ApiError);
    expect((gone as ApiError).status).toBe(404);
    expect((gone as ApiError).authLost).toBe(false);
  });

  it("a constraint violation on save reads as 'rejected by the server'", async () => {
    const products = res("products");
    const existing = (await adapter.list(products, { page: 1, perPage: 1 })).items[0];
    const e = await adapter.update(products, adapter.idOf(products, existing ?? {}), { status: "nonsense" }, null).catch((x: unknown) => x);
    expect((e as ApiError).message).toBe("The server rejected this record (constraint violation or invalid value)");
  });

  it("relation search and label resolution", async () => {
    const products = res("products");
    const found = await adapter.searchRelation(products, "category_id", { term: "ten", page: 1, perPage: 5 });
    expect(found.options[0]?.label).toBe("Tents");
    const resolved = await adapter.resolveRelation(products, "category_id", [found.options[0]?.value ?? "", "missing"]);
    expect(resolved.map((o) => o.label)).toEqual(["Tents"]);
  });

  it("server export: CSV enum cells come back as plain values", async () => {
    const blob = await adapter.exportServer?.(res("products"), "csv");
    const text = await blobText(blob as Blob);
    expect(text.split("\r\n")[0]).toBe("id,sku,name,category_id,price,stock,status,featured");
    expect(text).not.toMatch(/Status\./);
    expect(text).toMatch(/,(draft|active|archived),/);
  });

  it("bulk action and bulk delete", async () => {
    const products = res("products");
    const ids = (await adapter.list(products, { page: 1, perPage: 2 })).items.map((i) => adapter.idOf(products, i));
    const action = await adapter.bulkAction?.(products, "activate", ids, {});
    expect(action?.affected).toBe(2);
    const webhooks = res("webhooks");
    const hooks = (await adapter.list(webhooks, { page: 1, perPage: 1 })).items.map((i) => adapter.idOf(webhooks, i));
    expect(await adapter.bulkDelete?.(webhooks, [...hooks, "unknown"])).toEqual({ succeeded: [], failed: [], affected: 1 });
  });

  it("dashboard and activity", async () => {
    const dash = await adapter.dashboard?.();
    expect(dash?.models.map((m) => m.resource)).toEqual(["categories", "products", "customers", "orders", "webhooks"]);
    const entries = await adapter.activity?.({ limit: 5 });
    expect(entries?.[0]?.action).toBe("delete");
    expect(typeof entries?.[0]?.recordId).toBe("string");
  });

  it("an expired access token (text/plain 404) is refreshed once and the request retried", async () => {
    const reasons: string[] = [];
    const off = adapter.onSessionChange((_u, r) => reasons.push(r));
    reference.control.expireTokens();
    const page = await adapter.list(res("categories"), { page: 1, perPage: 3 });
    expect(page.items).toHaveLength(3);
    expect(reasons).toEqual(["refreshed"]);
    off();
  });
});

describe("wiring and no-auth mode", () => {
  it("createBackend builds the litestar adapter for the litestar-admin dialect", async () => {
    const { createBackend } = await import("../../backend/create-backend.ts");
    const b = await createBackend(
      { apiUrl: `${ORIGIN}/admin`, dialect: "litestar-admin", settings: {} },
      { fetch: (req) => reference.handle(req), validateSchema, storage: null },
    );
    expect(b.dialect).toBe("litestar-admin");
    expect((b as LitestarBackend).apiRoot).toBe(`${ORIGIN}/admin/api`);
    expect((await b.bootstrap()).title).toBe("Atrium Demo Shop");
  });

  it("detects a backend without auth and works without signing in", async () => {
    const open = standaloneLitestar({ authEnabled: false });
    const b = createLitestarBackend({ baseUrl: ORIGIN, fetch: (req) => open.handle(req), validateSchema, storage: null });
    const info = await b.bootstrap();
    expect(info).toMatchObject({ authRequired: false, login: { kind: "none" }, devCredentials: [] });
    const s = (await b.loadSchema()).schema;
    const page = await b.list(s.resources[0] as ResourceSchema, { page: 1, perPage: 5 });
    expect(page.items).toHaveLength(5);
  });
});
