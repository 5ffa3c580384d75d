// Builds the native AdminSchema from litestar-admin's model catalog and per-model form schemas
// (litestar-admin.md §5, §7, §16). Pure functions: no I/O here.
import type { AdminSchema, FieldSchema, FormGroup, NavigationGroup, ResourceSchema } from "../../protocol/types.ts";
import { pluralLabel, singularLabel } from "./singular-label.ts";
import type {
  LitestarConfigResponse,
  LitestarModelInfo,
  LitestarModelSchema,
  LitestarProperty,
  LitestarType,
} from "./litestar-wire-types.ts";

export const LITESTAR_SCHEMA_VERSION = "litestar-admin/0.1";

/** Label of the group that collects properties no fieldset mentions. */
export const LEFTOVER_GROUP_LABEL = "Other";

export interface TranslateContext {
  /** The whole catalog, for resolving `relationshipConfig.relatedModel`. */
  models: LitestarModelInfo[];
  /** Primary-key property per `model_name` (from the edit-mode schemas); default `id`. */
  pkFields: Record<string, string>;
}

export interface TranslateInput extends TranslateContext {
  config: Pick<LitestarConfigResponse, "title"> | null;
  /** Edit-mode schema per `model_name`. */
  editSchemas: Record<string, LitestarModelSchema>;
  /** Keys of the first list item per `model_name`; null/absent when the list was empty or failed. */
  listColumns: Record<string, string[] | null | undefined>;
  pageSize: number;
  /** Models for which the server answered "Export is not allowed" (can_export is hidden). */
  exportDisabled?: ReadonlySet<string>;
}

/** The first non-"null" entry of a (possibly nullable) JSON-Schema type, and whether null is allowed. */
export function baseType(prop: LitestarProperty): { type: LitestarType | null; nullable: boolean } {
  const t = prop.type;
  if (Array.isArray(t)) {
    const first = t.find((x) => x !== "null");
    return { type: (first as LitestarType | undefined) ?? null, nullable: t.includes("null") };
  }
  if (t === undefined || t === "null") return { type: null, nullable: t === "null" };
  return { type: t, nullable: false };
}

/** The primary key of a model: the `readOnly` property of its edit-mode schema, default `id`. */
export function primaryKeyOf(schema: LitestarModelSchema | undefined): string {
  if (!schema) return "id";
  for (const [name, prop] of Object.entries(schema.properties)) {
    if (prop.readOnly === true) return name;
  }
  return "id";
}

/**
 * Resolve `relationshipConfig.relatedModel` (a class name such as "Author") to a catalog entry:
 * case-insensitively against `model_name` first, then against `name`.
 */
export function resolveRelatedModel(relatedModel: string, models: LitestarModelInfo[]): LitestarModelInfo | null {
  const want = relatedModel.toLowerCase();
  return (
    models.find((m) => m.model_name.toLowerCase() === want) ??
    models.find((m) => m.name.toLowerCase() === want) ??
    // Class names are PascalCase while URL identities are dashed ("BlogPost" vs "blog-post").
    models.find((m) => m.model_name.replace(/[-_\s]/g, "").toLowerCase() === want.replace(/[-_\s]/g, "")) ??
    null
  );
}

function fieldType(type: LitestarType | null, format: string | undefined): string {
  switch (type) {
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "object":
    case "array":
      return "json";
    default:
      return format === "date" || format === "date-time" ? "date" : "string";
  }
}

const FORMAT_WIDGETS: Record<string, string> = {
  textarea: "textarea",
  email: "email",
  uri: "url",
  relation: "relation",
  richtext: "richtext",
  file: "file",
  image: "image",
  date: "date",
  "date-time": "datetime",
  time: "time",
};

const WIDGET_OVERRIDES: Record<string, string> = { richtext: "richtext", textarea: "textarea", code: "code" };

function widgetFor(prop: LitestarProperty, type: string): string {
  if (prop.relationshipConfig) return "relation";
  if (Array.isArray(prop.enum) && prop.enum.length > 0) return "select";
  if (prop.widget && WIDGET_OVERRIDES[prop.widget]) return WIDGET_OVERRIDES[prop.widget] as string;
  if (prop.format && FORMAT_WIDGETS[prop.format]) return FORMAT_WIDGETS[prop.format] as string;
  switch (type) {
    case "number":
      return "number";
    case "boolean":
      return "checkbox";
    case "json":
      return "json";
    default:
      return "text";
  }
}

function humanise(name: string): string {
  const s = name.replace(/_/g, " ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** litestar's title for a column: "_" → space, Title Case ("author_id" → "Author Id", §7). */
function columnTitle(name: string): string {
  return name
    .split("_")
    .filter((p) => p !== "")
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join(" ");
}

/**
 * A field's label: the schema's title, except that a relation whose title only repeats its FK
 * column ("Author Id") is named as the relation ("Author"): the picker shows authors, not ids.
 */
function labelOf(name: string, prop: LitestarProperty): string {
  const title = typeof prop.title === "string" && prop.title.trim() !== "" ? prop.title : null;
  if (prop.relationshipConfig) {
    const relation = name.replace(/_id$/i, "");
    const fromColumn = title === null || title === columnTitle(name) || title === humanise(name);
    if (fromColumn && relation !== "" && relation !== name) return columnTitle(relation);
  }
  return title ?? humanise(name);
}

/**
 * Whether the column takes NULL: a `[t, "null"]` type says so, except on an Enum column, whose type
 * is a plain "string" either way (§7). A NOT NULL enum is either required or has a default, so an
 * enum with neither is taken as nullable (a nullable one with a default offers no "None").
 */
function isNullable(prop: LitestarProperty, required: boolean): boolean {
  const { nullable } = baseType(prop);
  if (nullable || !Array.isArray(prop.enum)) return nullable;
  return !required && prop.default === undefined;
}

/** Translate one JSON-Schema-like property into a FieldSchema. */
export function translateProperty(name: string, prop: LitestarProperty, required: boolean, ctx: TranslateContext): FieldSchema {
  const { type: wireType } = baseType(prop);
  const type = fieldType(wireType, prop.format);
  const field: FieldSchema = {
    type,
    widget: widgetFor(prop, type),
    required: required && prop.readOnly !== true,
    readonly: prop.readOnly === true,
    label: labelOf(name, prop),
  };
  if (wireType === "integer") field.step = 1;
  if (prop.default !== undefined && prop.default !== null) field.default = prop.default;
  if (wireType !== null && !isNullable(prop, required)) field.nullable = false;
  if (typeof prop.description === "string" && prop.description !== "") field.help_text = prop.description;
  if (typeof prop.maxLength === "number") field.max_length = prop.maxLength;
  if (Array.isArray(prop.enum)) field.options = prop.enum.map((v) => ({ value: String(v), label: String(v) }));
  const rel = prop.relationshipConfig;
  if (rel) {
    const target = resolveRelatedModel(rel.relatedModel, ctx.models);
    const modelName = target?.model_name ?? rel.relatedModel.toLowerCase();
    const labelField = rel.displayField ?? "label";
    field.relation = {
      endpoint: `/api/models/${modelName}`,
      label_field: labelField,
      search_field: labelField,
      value_field: ctx.pkFields[modelName] ?? "id",
    };
  }
  const file = prop.fileConfig;
  if (file) {
    if (Array.isArray(file.allowedExtensions) && file.allowedExtensions.length > 0) {
      field.accept = file.allowedExtensions.map((e) => (e.startsWith(".") ? e : `.${e}`)).join(",");
    }
    if (typeof file.maxSize === "number" && file.maxSize > 0) {
      field.max_size_mb = Math.round((file.maxSize / (1024 * 1024)) * 100) / 100;
    }
  }
  return field;
}

/**
 * A primary key is never a relation picker. litestar-admin can hang a to-many relationship's
 * config on the PK column (Author's `id` → its posts): taken as it is, the record page would show
 * a post's title as the author's id and every list would ask `/relationships/id/options`.
 */
function withoutPkRelation(prop: LitestarProperty): LitestarProperty {
  if (!prop.relationshipConfig) return prop;
  const { relationshipConfig: _relation, format, ...rest } = prop;
  return format === "relation" || format === undefined ? rest : { ...rest, format };
}

/** The fields of a form schema; `pk` names the model's primary key. */
export function translateFields(schema: LitestarModelSchema, ctx: TranslateContext, pk: string = primaryKeyOf(schema)): Record<string, FieldSchema> {
  const required = new Set(schema.required ?? []);
  const fields: Record<string, FieldSchema> = {};
  for (const [name, prop] of Object.entries(schema.properties)) {
    fields[name] = translateProperty(name, name === pk ? withoutPkRelation(prop) : prop, required.has(name), ctx);
  }
  return fields;
}

/** `fieldsets` → groups; properties in no fieldset go to a final group; none → one untitled group. */
export function translateGroups(schema: LitestarModelSchema): FormGroup[] {
  const names = Object.keys(schema.properties);
  const sets = schema.fieldsets ?? [];
  if (sets.length === 0) return [{ label: "", fields: names }];
  const known = new Set(names);
  const used = new Set<string>();
  const groups: FormGroup[] = [];
  for (const fs of sets) {
    const fields = (fs.fields ?? []).filter((f) => known.has(f) && !used.has(f));
    fields.forEach((f) => used.add(f));
    if (fields.length === 0) continue;
    const g: FormGroup = { label: fs.title ?? "", fields };
    if (typeof fs.collapsible === "boolean") g.collapsible = fs.collapsible;
    if (typeof fs.collapsed === "boolean") g.collapsed = fs.collapsed;
    groups.push(g);
  }
  const rest = names.filter((n) => !used.has(n));
  if (rest.length > 0) groups.push({ label: groups.length > 0 ? LEFTOVER_GROUP_LABEL : "", fields: rest });
  return groups;
}

/** List columns when no list item was available: schema order minus long text and JSON. */
export function fallbackListColumns(schema: LitestarModelSchema): string[] {
  return Object.entries(schema.properties)
    .filter(([, p]) => {
      const { type } = baseType(p);
      if (type === "object" || type === "array") return false;
      return p.format !== "textarea" && p.format !== "richtext" && p.widget !== "richtext" && p.widget !== "textarea";
    })
    .map(([n]) => n);
}

export function translateResource(
  model: LitestarModelInfo,
  editSchema: LitestarModelSchema,
  listColumns: string[] | null | undefined,
  ctx: TranslateContext & { pageSize: number; exportAllowed: boolean },
): ResourceSchema {
  const methods = ["GET"];
  if (model.can_create) methods.push("POST");
  if (model.can_edit) methods.push("PATCH", "PUT");
  if (model.can_delete) methods.push("DELETE");
  const columns = listColumns && listColumns.length > 0 ? listColumns : fallbackListColumns(editSchema);
  // labels must not be blank (the validator refuses them): a blank view name → the model name
  const name = model.name.trim() !== "" ? model.name : humanise(model.model_name);
  const resource: ResourceSchema = {
    endpoint: `/api/models/${model.model_name}`,
    name: model.model_name,
    // litestar has one view name, usually plural: derive the other number conservatively
    label: singularLabel(name),
    label_plural: pluralLabel(name),
    methods,
    list: {
      fields: columns,
      search_fields: [],
      filter_fields: [],
      sort_default: "",
      sort_fields: [...columns],
      page_size: ctx.pageSize,
    },
    form: { groups: translateGroups(editSchema) },
    fields: translateFields(editSchema, ctx, ctx.pkFields[model.model_name] ?? primaryKeyOf(editSchema)),
    features: {
      create: model.can_create,
      edit: model.can_edit,
      delete: model.can_delete,
      export: ctx.exportAllowed,
      bulk_delete: model.can_delete,
      duplicate: model.can_create,
    },
  };
  if (model.icon) resource.icon = model.icon;
  return resource;
}

/** `ModelInfo` grouped by `category` in catalog order; `null` → an untitled first group. */
export function translateNavigation(models: LitestarModelInfo[]): NavigationGroup[] {
  const groups = new Map<string, string[]>();
  const uncategorised: string[] = [];
  for (const m of models) {
    if (m.category === null || m.category === undefined || m.category === "") {
      uncategorised.push(m.model_name);
      continue;
    }
    const list = groups.get(m.category) ?? [];
    list.push(m.model_name);
    groups.set(m.category, list);
  }
  const nav: NavigationGroup[] = [];
  if (uncategorised.length > 0) nav.push({ label: "", resources: uncategorised });
  for (const [label, resources] of groups) nav.push({ label, resources });
  return nav;
}

export function translateLitestarSchema(input: TranslateInput): AdminSchema {
  const ctx: TranslateContext = { models: input.models, pkFields: input.pkFields };
  const resources: ResourceSchema[] = [];
  for (const model of input.models) {
    const edit = input.editSchemas[model.model_name];
    if (!edit) continue;
    resources.push(
      translateResource(model, edit, input.listColumns[model.model_name], {
        ...ctx,
        pageSize: input.pageSize,
        exportAllowed: !input.exportDisabled?.has(model.model_name),
      }),
    );
  }
  const present = new Set(resources.map((r) => r.name));
  return {
    version: LITESTAR_SCHEMA_VERSION,
    title: input.config?.title || "Admin",
    auth: { login_endpoint: "/api/auth/login", refresh_endpoint: "/api/auth/refresh", token_header: "Authorization" },
    modules: { dashboard: true, activity: true, export: true, import: false, serverFilters: false },
    navigation: translateNavigation(input.models.filter((m) => present.has(m.model_name))),
    resources,
  };
}

/**
 * The create form of a resource, from the create-mode schema (litestar-admin.md §7.1, §16):
 * name, endpoint, labels, list, features and methods stay as the edit-mode translation made them;
 * fields and groups come from the create schema, which omits an auto-increment PK. A PK that is
 * still there is a natural key the user must type: litestar marks every PK `readOnly`, which in
 * create mode only means "primary key", so it stays editable here.
 */
export function translateCreateForm(resource: ResourceSchema, createSchema: LitestarModelSchema, ctx: TranslateContext): ResourceSchema {
  const pk = ctx.pkFields[resource.name] ?? primaryKeyOf(createSchema);
  const fields = translateFields(createSchema, ctx, pk);
  const pkField = fields[pk];
  if (pkField?.readonly) fields[pk] = { ...pkField, readonly: false };
  return { ...resource, fields, form: { groups: translateGroups(createSchema) } };
}
