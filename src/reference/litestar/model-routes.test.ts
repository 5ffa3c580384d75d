// The model catalog and form schemas against fixtures F6–F7 (litestar-admin.md §5, §7).
import { beforeAll, describe, expect, it } from "vitest";
import { F6_MODELS, F7_SCHEMA } from "../../backend/litestar-admin/litestar-fixtures.ts";
import type { ReferenceBackend } from "../reference-backend.ts";
import { expectFixtureShape } from "../testing/expect-fixture-shape.ts";
import { litestarCall, litestarSignIn, testReference } from "../testing/reference-setup.ts";
import type { Json } from "../testing/reference-setup.ts";

let handle: ReferenceBackend;
let admin: { access: string; refresh: string };

beforeAll(async () => {
  handle = testReference();
  admin = await litestarSignIn(handle);
});

describe("F6 catalog, F7 schema", () => {
  it("F6: ModelInfo entries; model_name is the lower-cased view name; no audit log model", async () => {
    const r = await litestarCall(handle, "GET", "/admin/api/models", { token: admin.access });
    expectFixtureShape(r, F6_MODELS);
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
    expectFixtureShape(r, F7_SCHEMA);
    const s = r.json;
    expect(s.type).toBe("object");
    expect(s.title).toBe("Products");
    expect(s.properties.id).toBeUndefined();
    expect(s.properties.name).toEqual({ title: "Name", type: "string", maxLength: 120 });
    expect(s.properties.website.type).toEqual(["string", "null"]);
    expect(s.properties.website.format).toBe("uri");
    // a required choice: a NOT NULL Enum with a Python default (its first option), like Post.status
    expect(s.properties.status).toEqual({ title: "Status", type: "string", enum: ["draft", "active", "archived"], default: "draft" });
    expect(s.properties.launch_date).toMatchObject({ type: ["string", "null"], format: "date" });
    expect(s.properties.category_id).toMatchObject({
      title: "Category Id",
      format: "relation",
      relationshipConfig: { relatedModel: "Categories", displayField: "name", foreignKey: "category_id", multiple: false },
    });
    expect(s.properties.description.format).toBe("richtext");
    expect(s.properties.image.fileConfig).toMatchObject({ maxSize: 2 * 1024 * 1024, multiple: false });
    expect(s.required).toEqual(expect.arrayContaining(["name", "sku", "category_id", "price"]));
    expect(s.required).not.toContain("status");
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
