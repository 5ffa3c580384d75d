// Shared fixtures for the Craft Easy adapter tests (not imported by app code).
import type { AdminSchema, FieldSchema, ResourceSchema } from "../../protocol/types.ts";

const f = (type: string, extra: Partial<FieldSchema> = {}): FieldSchema => ({
  type,
  widget: type === "number" ? "number" : "text",
  required: false,
  readonly: false,
  ...extra,
});

const features = { create: true, edit: true, delete: true, export: true, bulk_delete: true, duplicate: true };

export const usersResource: ResourceSchema = {
  endpoint: "/users",
  name: "users",
  label: "User",
  label_plural: "Users",
  methods: ["GET", "POST", "PATCH", "DELETE"],
  list: {
    fields: ["name", "email", "age"],
    search_fields: ["name", "email", "ghost"],
    filter_fields: ["code", "age", "status"],
    sort_default: "-created_at",
    page_size: 25,
  },
  form: { groups: [] },
  fields: {
    name: f("string"),
    email: f("string", { widget: "email" }),
    code: f("string"),
    age: f("number"),
    active: f("boolean"),
    created_at: f("date", { readonly: true }),
    status: f("string", { widget: "select", options: [{ value: "active", label: "Active" }, { value: "trial", label: "Trial" }] }),
    role: f("string", { readonly: true }),
    tenant_id: f("string", {
      widget: "relation",
      relation: { endpoint: "/tenants", label_field: "name", search_field: "name", value_field: "id", filters: { kind: "customer" } },
    }),
    owner: f("string", {
      widget: "relation",
      relation: { endpoint: "/people/", label_field: "full_name", search_field: "full_name", value_field: "email" },
    }),
  },
  features,
};

export const productsResource: ResourceSchema = {
  endpoint: "/products",
  name: "products",
  label: "Product",
  label_plural: "Products",
  methods: ["GET", "POST", "PUT", "DELETE"],
  list: { fields: ["name", "price"], search_fields: ["name"], filter_fields: [], sort_default: "", page_size: 10 },
  form: { groups: [] },
  fields: { name: f("string"), price: f("number"), sku: f("string", { readonly: true }) },
  features,
};

export const auditResource: ResourceSchema = {
  endpoint: "/audit-log",
  name: "audit_log",
  label: "Audit entry",
  label_plural: "Audit log",
  methods: ["GET"],
  list: { fields: ["resource", "operation"], search_fields: [], filter_fields: [], sort_default: "-created_at", page_size: 50 },
  form: { groups: [] },
  fields: { resource: f("string"), item_id: f("string"), operation: f("string"), created_at: f("date") },
  features: { ...features, create: false, edit: false, delete: false },
};

export function makeSchema(overrides: Partial<AdminSchema> = {}): AdminSchema {
  return {
    version: "1.0",
    title: "Test Admin",
    auth: { login_endpoint: "/auth/login/email", refresh_endpoint: "/auth/refresh", token_header: "X-API-Key" },
    modules: { AUTH_ENABLED: true },
    resources: [usersResource, productsResource, auditResource],
    ...overrides,
  };
}

function b64url(s: string): string {
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** An unsigned test JWT with the given claims. */
export function makeJwt(claims: Record<string, unknown>): string {
  return `${b64url(JSON.stringify({ alg: "ES512", typ: "JWT" }))}.${b64url(JSON.stringify(claims))}.c2ln`;
}
