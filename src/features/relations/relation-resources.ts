// Where a relation field lives and where it points: the owning resource (adapters need it for
// the wire calls) and the related resource (links, "Create new").
import type { AdminSchema, FieldSchema, RelationConfig, ResourceSchema } from "../../protocol/types.ts";

function trimSlashes(path: string): string {
  return path.trim().replace(/^\/+|\/+$/g, "").toLowerCase();
}

/** The resource whose `endpoint` is the relation's endpoint (slashes and case ignored). */
export function relatedResource(schema: AdminSchema, relation: RelationConfig | undefined): ResourceSchema | undefined {
  if (!relation) return undefined;
  const target = trimSlashes(relation.endpoint);
  return schema.resources.find((r) => trimSlashes(r.endpoint) === target);
}

/**
 * The resource that owns `field` under `name`: the same field object first, then the same name
 * with the same relation endpoint. When none matches, a stand-in resource holding only
 * this field, which is all the adapters read for Craft Easy.
 */
export function owningResource(schema: AdminSchema, name: string, field: FieldSchema): ResourceSchema {
  const same = schema.resources.find((r) => r.fields[name] === field);
  if (same) return same;
  const endpoint = field.relation?.endpoint;
  const similar = schema.resources.find((r) => r.fields[name]?.relation?.endpoint === endpoint);
  if (similar) return similar;
  return {
    endpoint: "",
    name: `relation:${name}`,
    label: name,
    label_plural: name,
    methods: [],
    list: { fields: [], search_fields: [], filter_fields: [], sort_default: "", page_size: 25 },
    form: { groups: [] },
    fields: { [name]: field },
    features: { create: false, edit: false, delete: false, export: false, bulk_delete: false, duplicate: false },
  };
}

/** `/r/<resource>/<id>` for the related record. */
export function recordPath(resource: ResourceSchema, id: string | number): string {
  return `/r/${encodeURIComponent(resource.name)}/${encodeURIComponent(String(id))}`;
}
