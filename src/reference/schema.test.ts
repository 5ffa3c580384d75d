import { describe, expect, it } from "vitest";
import { accessFor, buildSchema } from "./schema.ts";
import { DEMO_USERS } from "./users.ts";

const [admin, editor] = DEMO_USERS;

describe("per-user schema", () => {
  it("gives the system user every resource, theme, navigation with one resource left out", () => {
    const s = buildSchema(admin!);
    expect(s.resources.map((r) => r.name)).toEqual(["categories", "products", "customers", "orders", "webhooks", "audit_log"]);
    const grouped = new Set(s.navigation!.flatMap((g) => g.resources));
    expect(grouped.has("webhooks")).toBe(false);
    expect(s.theme?.primary_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(s.theme?.logo_url).toMatch(/^data:image\/png;base64,/);
    expect(s.auth).toEqual({ login_endpoint: "/auth/login/email", refresh_endpoint: "/auth/refresh", token_header: "X-API-Key" });
    const audit = s.resources.find((r) => r.name === "audit_log")!;
    expect(audit.methods).toEqual(["GET"]);
    expect(s.resources.find((r) => r.name === "webhooks")!.list.sort_fields).toBeUndefined();
    expect(s.resources.find((r) => r.name === "products")!.list.sort_fields).toBeDefined();
  });

  it("limits the editor: no audit_log/webhooks, price readonly, no delete on categories, hidden field removed", () => {
    const s = buildSchema(editor!);
    const names = s.resources.map((r) => r.name);
    expect(names).not.toContain("audit_log");
    expect(names).not.toContain("webhooks");
    expect(s.navigation!.some((g) => g.resources.includes("audit_log"))).toBe(false);
    const products = s.resources.find((r) => r.name === "products")!;
    expect(products.fields.price!.readonly).toBe(true);
    expect(buildSchema(admin!).resources.find((r) => r.name === "products")!.fields.price!.readonly).toBe(false);
    const cats = s.resources.find((r) => r.name === "categories")!;
    expect(cats.methods).not.toContain("DELETE");
    expect(cats.features.delete).toBe(false);
    expect(cats.features.bulk_delete).toBe(false);
    const customers = s.resources.find((r) => r.name === "customers")!;
    expect(customers.fields.portal_password).toBeUndefined();
    expect(customers.form.groups.flatMap((g) => g.fields)).not.toContain("portal_password");
    expect(accessFor(editor!, "audit_log")).toBeUndefined();
  });

  it("sets relation value_field to the id key in use", () => {
    const s = buildSchema(admin!, { idKey: "_id" });
    expect(s.resources.find((r) => r.name === "products")!.fields.category_id!.relation!.value_field).toBe("_id");
  });

  it("includes GDPR fields, patterns, bounds, colored options and collapsible groups", () => {
    const s = buildSchema(admin!);
    const all = s.resources.flatMap((r) => Object.values(r.fields));
    expect(all.some((f) => f.gdpr && f.gdpr_category)).toBe(true);
    expect(all.some((f) => f.pattern)).toBe(true);
    expect(all.some((f) => f.min !== undefined && f.max !== undefined && f.step !== undefined)).toBe(true);
    expect(all.some((f) => f.min_length !== undefined && f.max_length !== undefined)).toBe(true);
    expect(all.filter((f) => f.widget === "select").every((f) => f.options!.length > 0)).toBe(true);
    expect(all.some((f) => f.options?.every((o) => o.color))).toBe(true);
    expect(all.some((f) => f.readonly)).toBe(true);
    const groups = s.resources.flatMap((r) => r.form.groups);
    expect(groups.some((g) => g.collapsible && g.collapsed)).toBe(true);
    const products = s.resources.find((r) => r.name === "products")!;
    const kinds = products.list.filter_fields.map((n) => products.fields[n]!.widget);
    expect(kinds).toEqual(expect.arrayContaining(["select", "relation", "number", "checkbox", "date", "text"]));
  });
});
