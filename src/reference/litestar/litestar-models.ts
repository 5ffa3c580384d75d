// The reference backend's resources seen as litestar-admin 0.1.1 model views (litestar-admin.md
// §5, §7): one SQLAlchemy-like column per field, the form schema litestar would generate for it
// (`[T,"null"]` nullable types, format by type or column name, enum, maxLength, the PK read-only,
// relationshipConfig with a class name), list columns, search and sortable columns.
//
// Ids: the shared store keys records by 24-hex ObjectId strings. They are exposed as they are:
// the PK column `id` is a STRING column (litestar keeps non-integer PKs as strings, §9.1), so
// `/models/products/abc` is simply "not found" and bulk ids are strings.
import type { FieldSchema } from "../../protocol/types.ts";
import type {
  LitestarFieldset,
  LitestarModelSchema,
  LitestarProperty,
  LitestarType,
} from "../../backend/litestar-admin/litestar-wire-types.ts";
import { NAVIGATION, RESOURCE_DEFINITIONS } from "../resources.ts";
import type { ResourceDefinition } from "../resources.ts";

export type ColumnKind = "string" | "integer" | "number" | "boolean" | "date" | "datetime" | "time" | "enum" | "array" | "object";

export interface LitestarColumn {
  name: string;
  kind: ColumnKind;
  /** NULL allowed. */
  nullable: boolean;
  /** NOT NULL without a default: missing on create → 500. */
  required: boolean;
  pk: boolean;
  maxLength?: number;
  enumValues?: string[];
  /** Python Enum class name, for `str(enum)` in exports (`Status.draft`). */
  enumClass?: string;
  /** Literal Python default (reported in the schema). */
  default?: unknown;
  /** Single FK column → the related collection and its display column. */
  relation?: { collection: string; displayField: string };
  property: LitestarProperty;
}

export interface LitestarModel {
  /** View name (display): the resource's plural label, e.g. "Products". */
  name: string;
  /** URL identity: the view name lower-cased, spaces → "-" (§1 #15). Equals the store collection. */
  modelName: string;
  collection: string;
  icon: string;
  category: string | null;
  columns: LitestarColumn[];
  /** The view's column_list: PK first, then the resource's list columns. */
  listColumns: string[];
  /** column_searchable_list (string columns only are searched). */
  searchable: string[];
  /** column_sortable_list; other sort_by values are silently ignored. */
  sortable: string[];
  fieldsets: LitestarFieldset[];
  definition: ResourceDefinition;
}

/** Timestamp columns every model has (Python-side defaults, so not required and not read-only). */
const TIMESTAMPS = ["created_at", "updated_at"];

const TEXTAREA_NAMES = new Set(["content", "description", "body", "text", "bio", "notes", "summary", "details", "message"]);
const EMAIL_NAMES = new Set(["email", "email_address", "user_email"]);
const URL_NAMES = new Set(["url", "website", "homepage", "link"]);

/** `author_id` → "Author Id" (litestar's title rule). */
export function litestarTitle(name: string): string {
  return name
    .split("_")
    .filter((p) => p !== "")
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join(" ");
}

/** snake_case table name → PascalCase class name ("categories" → "Categories"). */
export function pascalCase(name: string): string {
  return name
    .split(/[_\-\s]+/)
    .filter((p) => p !== "")
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join("");
}

function collectionOf(endpoint: string): string {
  return endpoint.replace(/^\/+/, "").split("/")[0] ?? endpoint;
}

const IMAGE_EXTENSIONS = ["jpg", "jpeg", "png", "gif", "webp", "svg"];

function extensionsFrom(accept: string | undefined): string[] {
  if (!accept) return [];
  const out: string[] = [];
  for (const part of accept.split(",").map((p) => p.trim().toLowerCase())) {
    if (part.startsWith(".")) out.push(part.slice(1));
    else if (part === "image/*") out.push(...IMAGE_EXTENSIONS);
    else if (part === "application/pdf") out.push("pdf");
  }
  return [...new Set(out)];
}

function kindOf(f: FieldSchema): ColumnKind {
  const widget = f.widget;
  if ((widget === "select" || widget === "radio") && f.options && f.options.length > 0) return "enum";
  switch (f.type) {
    case "integer":
      return "integer";
    case "number":
      return widget === "integer" ? "integer" : "number";
    case "boolean":
      return "boolean";
    case "date":
      return widget === "datetime" ? "datetime" : "date";
    case "json":
      return widget === "multiselect" || widget === "tags" ? "array" : "object";
    default:
      return widget === "time" ? "time" : "string";
  }
}

const WIRE_TYPE: Record<ColumnKind, LitestarType> = {
  string: "string",
  integer: "integer",
  number: "number",
  boolean: "boolean",
  date: "string",
  datetime: "string",
  time: "string",
  enum: "string",
  array: "array",
  object: "object",
};

function columnFor(name: string, f: FieldSchema): LitestarColumn {
  const kind = kindOf(f);
  // A required choice is a NOT NULL Enum with a Python default, its first option, like the
  // protocol's Post.status (§0): not in `required`, reported as `default`, and null → 500.
  const enumDefault = kind === "enum" && f.required && !f.readonly ? f.options?.[0]?.value : undefined;
  const required = f.required && !f.readonly && enumDefault === undefined;
  // Booleans are NOT NULL with a Python default of False.
  const nullable = kind === "boolean" || enumDefault !== undefined ? false : !required;
  const col: LitestarColumn = { name, kind, nullable, required, pk: false, property: { title: litestarTitle(name) } };
  const base = WIRE_TYPE[kind];
  // Enum columns keep a plain "string" type even when nullable (§7).
  const prop: LitestarProperty = { title: litestarTitle(name), type: nullable && kind !== "enum" ? [base, "null"] : base };
  if (kind === "boolean") {
    col.default = false;
    prop.default = false;
  }
  if (kind === "enum") {
    col.enumValues = (f.options ?? []).map((o) => o.value);
    col.enumClass = pascalCase(name);
    prop.enum = [...col.enumValues];
    if (enumDefault !== undefined) {
      col.default = enumDefault;
      prop.default = enumDefault;
    }
  }
  if (kind === "date") prop.format = "date";
  if (kind === "datetime") prop.format = "date-time";
  if (kind === "time") prop.format = "time";
  if (kind === "string") {
    if (TEXTAREA_NAMES.has(name) || f.widget === "textarea" || f.widget === "markdown") prop.format = "textarea";
    if (EMAIL_NAMES.has(name) || f.widget === "email") prop.format = "email";
    if (URL_NAMES.has(name) || f.widget === "url") prop.format = "uri";
    if (f.widget === "richtext") {
      prop.format = "richtext";
      prop.widget = "richtext";
    }
    if (f.widget === "code") prop.widget = "code";
    if (f.widget === "file" || f.widget === "image") {
      prop.format = f.widget;
      prop.fileConfig = {
        maxSize: Math.round((f.max_size_mb ?? 10) * 1024 * 1024),
        allowedExtensions: extensionsFrom(f.accept),
        multiple: false,
      };
    }
    if (typeof f.max_length === "number") {
      col.maxLength = f.max_length;
      prop.maxLength = f.max_length;
    }
  }
  // A single relation is a FK column; to-many relations are plain JSON arrays in litestar (§7.4).
  if (f.relation && f.widget === "relation") {
    const collection = collectionOf(f.relation.endpoint);
    col.relation = { collection, displayField: f.relation.label_field };
    prop.format = "relation";
    prop.relationshipConfig = {
      // FKs without an ORM relationship: the table name in PascalCase (§7.4).
      relatedModel: pascalCase(collection),
      displayField: f.relation.label_field,
      foreignKey: name,
      multiple: false,
    };
  }
  if (f.help_text) prop.description = f.help_text;
  col.property = prop;
  return col;
}

function buildModel(def: ResourceDefinition): LitestarModel {
  const s = def.schema;
  const pk: LitestarColumn = {
    name: "id",
    kind: "string",
    nullable: false,
    required: false,
    pk: true,
    property: { title: "Id", type: "string", readOnly: true },
  };
  const columns: LitestarColumn[] = [pk];
  for (const [name, f] of Object.entries(s.fields)) {
    if (name === "id" || TIMESTAMPS.includes(name)) continue;
    columns.push(columnFor(name, f));
  }
  for (const ts of TIMESTAMPS) {
    columns.push({
      name: ts,
      kind: "datetime",
      nullable: false,
      required: false,
      pk: false,
      property: { title: litestarTitle(ts), type: "string", format: "date-time" },
    });
  }
  const names = new Set(columns.map((c) => c.name));
  const category = NAVIGATION.find((g) => g.resources.includes(s.name))?.label ?? null;
  const viewName = s.label_plural;
  return {
    name: viewName,
    modelName: viewName.toLowerCase().replace(/\s+/g, "-"),
    collection: s.name,
    icon: s.icon ?? "table",
    category,
    columns,
    listColumns: ["id", ...s.list.fields.filter((f) => names.has(f) && f !== "id")],
    searchable: s.list.search_fields.filter((f) => columns.find((c) => c.name === f)?.kind === "string"),
    sortable: ["id", ...(s.list.sort_fields ?? s.list.fields).filter((f) => names.has(f) && f !== "id")],
    fieldsets: s.form.groups
      .map((g) => {
        const fs: LitestarFieldset = { title: g.label, fields: g.fields.filter((f) => names.has(f)) };
        if (g.collapsible !== undefined) fs.collapsible = g.collapsible;
        if (g.collapsed !== undefined) fs.collapsed = g.collapsed;
        return fs;
      })
      .filter((fs) => fs.fields.length > 0),
    definition: def,
  };
}

/** The audit log is not a litestar model (it is the /dashboard/activity feed). */
export const LITESTAR_MODELS: readonly LitestarModel[] = RESOURCE_DEFINITIONS.filter((d) => d.schema.name !== "audit_log").map(buildModel);

/** Lookups are case-insensitive (§1 #15). */
export function findLitestarModel(segment: string): LitestarModel | undefined {
  const want = segment.toLowerCase();
  return LITESTAR_MODELS.find((m) => m.modelName === want);
}

export function columnOf(model: LitestarModel, name: string): LitestarColumn | undefined {
  return model.columns.find((c) => c.name === name);
}

/** `GET /models/{m}/schema?mode=create|edit`: create mode omits the (auto-generated) PK. */
export function litestarModelSchema(model: LitestarModel, mode: "create" | "edit"): LitestarModelSchema {
  const properties: Record<string, LitestarProperty> = {};
  const required: string[] = [];
  for (const c of model.columns) {
    if (c.pk && mode === "create") continue;
    properties[c.name] = c.property;
    if (c.required && !c.pk) required.push(c.name);
  }
  const schema: LitestarModelSchema = { type: "object", title: model.name, properties, required };
  if (model.fieldsets.length > 0) schema.fieldsets = model.fieldsets.map((f) => ({ ...f, fields: [...f.fields] }));
  return schema;
}

/** The relationship label column: the first of litestar's candidates the related model has. */
const LABEL_CANDIDATES = ["name", "title", "label", "display_name", "full_name", "username", "email", "slug", "code"];

export function labelColumn(model: LitestarModel): string | null {
  return LABEL_CANDIDATES.find((c) => model.columns.some((col) => col.name === c)) ?? null;
}
