// Schemas shared by the import core tests.
import type { FieldSchema, ResourceSchema } from "../../../protocol/types.ts";

function field(partial: Partial<FieldSchema>): FieldSchema {
  return { type: "string", widget: "text", required: false, readonly: false, ...partial };
}

export function resource(name: string, label: string, fields: Record<string, Partial<FieldSchema>>): ResourceSchema {
  return {
    endpoint: `/${name}`,
    name,
    label,
    label_plural: `${label}s`,
    methods: ["GET", "POST", "PATCH", "DELETE"],
    list: { fields: Object.keys(fields), search_fields: [], filter_fields: [], sort_default: "", page_size: 25 },
    form: { groups: [] },
    fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, field(v)])),
    features: { create: true, edit: true, delete: true, export: true, bulk_delete: true, duplicate: true },
  };
}

export const products = resource("products", "Product", {
  id: { readonly: true },
  sku: { required: true, label: "SKU", pattern: "^[A-Z]{2}-\\d+$" },
  name: { required: true, min_length: 2 },
  email: { widget: "email", label: "Contact email" },
  price: { type: "number", widget: "number", min: 0, step: 0.01 },
  quantity: { type: "integer", widget: "number", min: 0 },
  status: {
    widget: "select",
    required: true,
    options: [
      { value: "draft", label: "Draft" },
      { value: "published", label: "Published" },
    ],
  },
  available_from: { type: "date", widget: "date", min: "2020-01-01" },
  active: { type: "boolean", widget: "checkbox" },
  category_id: {
    type: "integer",
    widget: "relation",
    label: "Category",
    relation: { endpoint: "/categories", label_field: "name", search_field: "name", value_field: "id" },
  },
  tags: { widget: "tags" },
  created_at: { type: "date", widget: "date" },
});
