// Builds the AdminSchema each user sees (craft-easy.md §2.1): system users see everything;
// others see only the resources they may GET, fields with access "none" removed, fields with
// access "read" made readonly, features adjusted to the allowed methods.
import type { AdminSchema, FieldSchema, ResourceSchema } from "../protocol/types.ts";
import { NAVIGATION, RESOURCE_DEFINITIONS, SCHEMA_ROOT } from "./resources.ts";
import type { DemoUser, ResourceAccess } from "./users.ts";

export interface SchemaBuildOptions {
  /** Key the records' id is served under; relation pickers store that value. */
  idKey?: "id" | "_id";
}

/** What `user` may do on resource `name`, or undefined when the resource is invisible to them. */
export function accessFor(user: DemoUser, name: string): Required<ResourceAccess> | undefined {
  const def = RESOURCE_DEFINITIONS.find((d) => d.schema.name === name);
  if (!def) return undefined;
  if (user.access === "all") return { methods: def.schema.methods.slice(), readonly: [], hidden: [] };
  const a = user.access[name];
  if (!a || !a.methods.includes("GET")) return undefined;
  const methods = def.schema.methods.filter((m) => a.methods.includes(m));
  return { methods, readonly: a.readonly ?? [], hidden: a.hidden ?? [] };
}

function withoutNames(names: string[], hidden: string[]): string[] {
  return names.filter((n) => !hidden.includes(n));
}

function userResource(base: ResourceSchema, access: Required<ResourceAccess>, options: SchemaBuildOptions): ResourceSchema {
  const fields: Record<string, FieldSchema> = {};
  for (const [name, f] of Object.entries(base.fields)) {
    if (access.hidden.includes(name)) continue;
    const copy: FieldSchema = { ...f };
    if (access.readonly.includes(name)) copy.readonly = true;
    if (f.options) copy.options = f.options.map((o) => ({ ...o }));
    if (f.relation) copy.relation = { ...f.relation, value_field: f.relation.value_field === "id" ? (options.idKey ?? "id") : f.relation.value_field };
    fields[name] = copy;
  }
  const m = access.methods;
  const canDelete = base.features.delete && m.includes("DELETE");
  const canCreate = base.features.create && m.includes("POST");
  return {
    ...base,
    methods: m.slice(),
    list: {
      ...base.list,
      fields: withoutNames(base.list.fields, access.hidden),
      search_fields: withoutNames(base.list.search_fields, access.hidden),
      filter_fields: withoutNames(base.list.filter_fields, access.hidden),
      ...(base.list.sort_fields ? { sort_fields: withoutNames(base.list.sort_fields, access.hidden) } : {}),
    },
    form: { groups: base.form.groups.map((g) => ({ ...g, fields: withoutNames(g.fields, access.hidden) })) },
    fields,
    features: {
      ...base.features,
      create: canCreate,
      edit: base.features.edit && (m.includes("PATCH") || m.includes("PUT")),
      delete: canDelete,
      bulk_delete: base.features.bulk_delete && canDelete,
      duplicate: base.features.duplicate && canCreate,
    },
  };
}

export function buildSchema(user: DemoUser, options: SchemaBuildOptions = {}): AdminSchema {
  const resources: ResourceSchema[] = [];
  for (const def of RESOURCE_DEFINITIONS) {
    const access = accessFor(user, def.schema.name);
    if (access) resources.push(userResource(def.schema, access, options));
  }
  const names = new Set(resources.map((r) => r.name));
  const navigation = NAVIGATION.map((g) => ({ ...g, resources: g.resources.filter((r) => names.has(r)) })).filter((g) => g.resources.length > 0);
  return {
    ...SCHEMA_ROOT,
    auth: { ...SCHEMA_ROOT.auth },
    modules: { ...SCHEMA_ROOT.modules },
    ...(SCHEMA_ROOT.theme ? { theme: { ...SCHEMA_ROOT.theme } } : {}),
    navigation,
    resources,
  };
}
