// Wire shapes of litestar-admin 0.1.1 as the server actually sends them
// (../shared/protocol/litestar-admin.md §3–§13), as valibot schemas with their inferred types.
// Each schema checks what the adapter relies on and applies the client's default where a
// server may leave a member out or send an odd one (flags are hints; lists of hints drop the
// entries that do not fit). Only the adapter and the reference face use these.
//
// valibot is on every first screen already (the schema validator and the Craft Easy adapter use
// it): parsing here adds no script file, only the valibot functions no one else used.
import * as v from "valibot";

/** An array of `item`s; entries that do not fit are dropped (they were never usable). */
function listOf<const T extends v.GenericSchema>(item: T) {
  return v.pipe(
    v.array(v.unknown()),
    v.transform((entries) =>
      entries.flatMap((entry) => {
        const parsed = v.safeParse(item, entry);
        return parsed.success ? [parsed.output] : [];
      }),
    ),
  );
}

/** An optional member: absent, or ignored when it has the wrong type. */
function opt<const T extends v.GenericSchema>(schema: T) {
  return v.fallback(v.optional(schema), undefined);
}

/** A JSON object (a record, a widget's data), kept as it came. */
const WireObject = v.custom<Record<string, unknown>>((x) => typeof x === "object" && x !== null && !Array.isArray(x), "object");

const nonEmpty = v.pipe(v.string(), v.nonEmpty());
const wireId = v.union([nonEmpty, v.pipe(v.number(), v.finite())]);
const strings = listOf(v.string());
/** `can_*` flags default to true: only an explicit `false` withholds an action (§5, §12). */
const flag = v.fallback(v.boolean(), true);

// ---- auth (§3)

export const LitestarTokenResponseSchema = v.object({
  access_token: nonEmpty,
  refresh_token: opt(v.string()),
  /** "bearer" (JWT backend) | "session" (session backend). */
  token_type: opt(v.string()),
  /** Seconds as a STRING ("3600"); null for the session backend. Numbers are tolerated. */
  expires_in: opt(v.nullable(v.union([v.string(), v.number()]))),
});

export const LitestarMeSchema = v.object({
  id: wireId,
  email: opt(v.string()),
  name: opt(v.string()),
  roles: opt(strings),
  permissions: opt(strings),
});

// ---- config and catalog (§4, §5)

export const LitestarConfigSchema = v.object({
  title: v.fallback(v.string(), ""),
  debug: v.fallback(v.boolean(), false),
  theme: v.fallback(v.picklist(["dark", "light"]), "dark"),
  dev_credentials: v.fallback(listOf(v.object({ email: v.string(), password: opt(v.string()), role: opt(v.string()) })), []),
  oauth_providers: v.fallback(listOf(v.object({ name: v.string(), display_name: opt(v.string()), login_url: opt(v.string()) })), []),
});
export type LitestarConfigResponse = v.InferOutput<typeof LitestarConfigSchema>;

const LitestarModelInfoSchema = v.pipe(
  v.object({
    name: v.fallback(v.string(), ""),
    model_name: nonEmpty,
    icon: v.fallback(v.string(), ""),
    category: v.fallback(v.nullable(v.string()), null),
    can_create: flag,
    can_edit: flag,
    can_delete: flag,
    can_view_details: flag,
  }),
  v.transform((m) => ({ ...m, name: m.name || m.model_name, category: m.category || null })),
);
export type LitestarModelInfo = v.InferOutput<typeof LitestarModelInfoSchema>;

/** `GET /api/models`: entries without a `model_name` cannot be addressed and are left out. */
export const LitestarCatalogSchema = listOf(LitestarModelInfoSchema);

// ---- form schemas (§7)

const TYPES = ["string", "integer", "number", "boolean", "object", "array"] as const;
export type LitestarType = (typeof TYPES)[number];
const typeOrNull = v.picklist([...TYPES, "null"]);

const LitestarPropertySchema = v.object({
  title: opt(v.string()),
  /** Nullable columns get a type array (`["string", "null"]`). */
  type: opt(v.union([typeOrNull, v.array(typeOrNull)])),
  format: opt(v.string()),
  /** Python enums may have non-string values; the form uses their text. */
  enum: opt(v.array(v.pipe(v.union([v.string(), v.number(), v.boolean()]), v.transform(String)))),
  maxLength: opt(v.number()),
  default: v.optional(v.unknown()),
  readOnly: opt(v.boolean()),
  description: opt(v.string()),
  widget: opt(v.string()),
  relationshipConfig: opt(
    v.object({
      relatedModel: v.string(),
      displayField: v.fallback(v.nullable(v.string()), null),
      foreignKey: v.fallback(v.string(), ""),
      multiple: v.fallback(v.boolean(), false),
    }),
  ),
  fileConfig: opt(v.object({ maxSize: v.fallback(v.number(), 0), allowedExtensions: v.fallback(strings, []), multiple: v.fallback(v.boolean(), false) })),
});
export type LitestarProperty = v.InferOutput<typeof LitestarPropertySchema>;

const LitestarFieldsetSchema = v.object({
  title: v.fallback(v.string(), ""),
  description: opt(v.string()),
  fields: v.fallback(strings, []),
  collapsed: opt(v.boolean()),
  collapsible: opt(v.boolean()),
});
export type LitestarFieldset = v.InferOutput<typeof LitestarFieldsetSchema>;

export const LitestarModelSchemaSchema = v.object({
  type: v.fallback(v.literal("object"), "object"),
  /** The view name; the adapter falls back to the model name. */
  title: opt(v.string()),
  properties: v.record(v.string(), LitestarPropertySchema),
  required: opt(strings),
  fieldsets: opt(listOf(LitestarFieldsetSchema)),
});
export type LitestarModelSchema = v.InferOutput<typeof LitestarModelSchemaSchema>;

// ---- records and relations (§6, §8, §11)

/** `{items, total, offset, limit}`; the adapter reads offset and limit back (page = offset/limit + 1). */
export const LitestarListSchema = v.object({
  items: listOf(WireObject),
  total: opt(v.number()),
  offset: opt(v.pipe(v.number(), v.minValue(0))),
  limit: opt(v.pipe(v.number(), v.minValue(1))),
});

const LitestarRelationshipItemSchema = v.object({
  id: wireId,
  label: opt(v.string()),
  data: v.fallback(v.nullable(WireObject), null),
});
export type LitestarRelationshipItem = v.InferOutput<typeof LitestarRelationshipItemSchema>;

export const LitestarRelationshipSchema = v.object({
  items: v.fallback(listOf(LitestarRelationshipItemSchema), []),
  total: opt(v.number()),
  has_more: v.fallback(v.boolean(), false),
});
export type LitestarRelationshipResponse = v.InferOutput<typeof LitestarRelationshipSchema>;

export const LitestarBulkDeleteSchema = v.object({ deleted: v.fallback(v.number(), 0), success: opt(v.boolean()) });

export const LitestarBulkActionSchema = v.object({
  success: opt(v.boolean()),
  affected: opt(v.number()),
  result: v.optional(v.unknown()),
  /** With `success: false`. */
  message: opt(v.string()),
});
export type LitestarBulkActionResponse = v.InferOutput<typeof LitestarBulkActionSchema>;

// ---- dashboard and activity (§13)

const LitestarWidgetSchema = v.object({
  id: v.string(),
  type: v.string(),
  title: v.string(),
  data: v.fallback(WireObject, {}),
  config: v.fallback(WireObject, {}),
});
export type LitestarWidgetData = v.InferOutput<typeof LitestarWidgetSchema>;

export const LitestarDashboardSchema = v.object({
  models: listOf(v.object({ name: opt(v.string()), model_name: opt(v.string()), count: v.fallback(v.number(), 0) })),
  total_records: opt(v.number()),
  total_models: opt(v.number()),
  /** Entries lacking `id`, `type` or `title` are dropped (§13.1). */
  widgets: v.fallback(listOf(LitestarWidgetSchema), []),
});

/** A non-empty string, or a number as text (`record_id` is a string on the wire, §1 #16). */
const text = opt(v.pipe(v.union([nonEmpty, v.number()]), v.transform(String)));

const LitestarActivityEntrySchema = v.object({
  action: text,
  model: text,
  record_id: text,
  timestamp: text,
  user: text,
  /** `{field: {old, new}}` for updates, `{}` otherwise. */
  details: v.fallback(v.record(v.string(), v.unknown()), {}),
});
export type LitestarActivityEntry = v.InferOutput<typeof LitestarActivityEntrySchema>;

/** `GET /api/dashboard/activity`: newest first; `[]` on any server-side error (§13.2). */
export const LitestarActivitySchema = listOf(LitestarActivityEntrySchema);
