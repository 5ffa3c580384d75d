// Runtime validation of the admin schema a server sends (craft-easy.md §2.2, §3), with valibot.
//
// Two stages:
//  1. `RawSchema` checks the shape. A present member of the wrong type is always an error; a
//     missing member is an error unless a client rule gives it a default (listed below). Unknown
//     keys are dropped, `null` counts as absent for optional members (Pydantic emits `null`).
//  2. `normalise` applies the client rules: dangling names dropped, navigation and form groups
//     completed, types normalised, theme colour sanitised, labels filled in.
//
// Defaults for missing members: version → "" (warning), auth members → the Craft Easy adapter
// defaults (§13), modules → {}, resource label → humanized name, label_plural → label,
// list.search_fields/filter_fields → [], sort_default → "", page_size → 25, form → no groups,
// features.* → false (least privilege), field type → "string", widget → "" (resolved by
// type), required/readonly → false, relation.value_field → "id", search_field → label_field,
// form group label → "".
import * as v from "valibot";
import type {
  AdminSchema,
  FieldSchema,
  FormGroup,
  NavigationGroup,
  RelationConfig,
  ResourceSchema,
  SelectOption,
  ThemeConfig,
} from "./types.ts";
import { SchemaError, type SchemaIssue } from "./schema-error.ts";
import { isCssColor } from "./css-color.ts";
import { humanize } from "./labels.ts";

export { SchemaError, formatSchemaError, type SchemaIssue } from "./schema-error.ts";

export const DEFAULT_AUTH = {
  login_endpoint: "/auth/login/email",
  refresh_endpoint: "/auth/refresh",
  token_header: "X-API-Key",
} as const;

export const DEFAULT_PAGE_SIZE = 25;

// ---------------------------------------------------------------------------------------------
// Shape (stage 1)

/** Words for the shape a schema expects, used when a required member is missing. */
const descriptions = new WeakMap<object, string>();

function describe<T extends object>(schema: T, text: string): T {
  descriptions.set(schema, text);
  return schema;
}

function friendly(expects: string | null | undefined): string {
  if (!expects) return "a valid value";
  const text = expects.replace(/^\((.*)\)$/, "$1");
  if (text === "Object") return "object";
  if (text === "Array") return "array";
  return text;
}

function describeOf(schema: unknown): string {
  if (typeof schema !== "object" || schema === null) return "a value";
  const known = descriptions.get(schema);
  if (known) return known;
  const expects = (schema as { expects?: unknown }).expects;
  return friendly(typeof expects === "string" ? expects : null);
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function lastKey(issue: v.BaseIssue<unknown>): string | null {
  const item = issue.path?.[issue.path.length - 1];
  return item && typeof item.key === "string" ? item.key : null;
}

/** A plain (non-array) object whose missing-key issues name the expected shape of the key. */
function obj<const E extends v.ObjectEntries>(entries: E, text = "object") {
  const missing = (issue: v.BaseIssue<unknown>): string => {
    const key = lastKey(issue);
    return key !== null && key in entries ? describeOf(entries[key]) : "object";
  };
  return describe(
    v.pipe(v.custom<Record<string, unknown>>(isPlainObject, text), v.object(entries, missing)),
    text,
  );
}

/** An object keyed by name (not an array). */
function rec<const S extends v.GenericSchema>(value: S, text: string) {
  return describe(v.pipe(v.custom<Record<string, unknown>>(isPlainObject, text), v.record(v.string(), value)), text);
}

/** An array whose type issue and missing-key issue both name `text`. */
function arr<const S extends v.GenericSchema>(item: S, text: string) {
  return describe(v.array(item, text), text);
}

const str = v.string();
const num = describe(
  v.pipe(
    v.number(),
    v.check((n) => Number.isFinite(n), "finite number"),
  ),
  "number",
);
const strArr = arr(v.string(), "array of strings");
const optStr = v.nullish(v.string());

/** A scalar the wire may give as number/boolean where the protocol says string; kept as text. */
const scalarText = describe(
  v.pipe(v.union([v.string(), v.number(), v.boolean()], "string"), v.transform((x) => String(x))),
  "string",
);

const OptionShape = obj({
  value: scalarText,
  label: str,
  color: optStr,
  icon: optStr,
}, "object with value and label");

const RelationShape = obj({
  endpoint: str,
  label_field: str,
  search_field: optStr,
  value_field: v.nullish(v.string(), "id"),
  filters: v.nullish(rec(scalarText, "object of strings")),
}, "object with endpoint and label_field");

const FieldShape = obj({
  type: v.nullish(v.string(), "string"),
  widget: v.nullish(v.string(), ""),
  required: v.nullish(v.boolean(), false),
  readonly: v.nullish(v.boolean(), false),
  label: optStr,
  placeholder: optStr,
  help_text: optStr,
  min: v.nullish(v.union([v.number(), v.string()], "number or string")),
  max: v.nullish(v.union([v.number(), v.string()], "number or string")),
  step: v.nullish(num),
  min_length: v.nullish(num),
  max_length: v.nullish(num),
  pattern: optStr,
  options: v.nullish(arr(OptionShape, "array of options")),
  relation: v.nullish(RelationShape),
  accept: optStr,
  max_size_mb: v.nullish(num),
  gdpr: v.nullish(v.boolean()),
  gdpr_category: optStr,
}, "field object");

const pageSize = describe(
  v.pipe(
    v.number("positive integer"),
    v.check((n) => Number.isInteger(n) && n >= 1, "positive integer"),
  ),
  "positive integer",
);

const ListShape = obj({
  fields: strArr,
  search_fields: v.nullish(strArr, () => []),
  filter_fields: v.nullish(strArr, () => []),
  sort_default: v.nullish(v.string(), ""),
  sort_fields: v.nullish(strArr),
  page_size: v.nullish(pageSize, DEFAULT_PAGE_SIZE),
}, "list object");

const GroupShape = obj({
  label: v.nullish(v.string(), ""),
  fields: strArr,
  collapsible: v.nullish(v.boolean()),
  collapsed: v.nullish(v.boolean()),
}, "form group object");

const FormShape = obj({
  groups: v.nullish(arr(GroupShape, "array of form groups"), () => []),
}, "form object");

const flag = v.nullish(v.boolean(), false);
const FeaturesShape = obj({
  create: flag,
  edit: flag,
  delete: flag,
  export: flag,
  bulk_delete: flag,
  duplicate: flag,
}, "features object");

const methods = arr(
  v.pipe(
    v.string(),
    v.transform((m) => m.trim().toUpperCase()),
  ),
  "array of HTTP methods",
);

const ResourceShape = obj({
  endpoint: str,
  name: describe(
    v.pipe(
      v.string(),
      v.check((s) => s.trim() !== "", "non-empty string"),
    ),
    "non-empty string",
  ),
  label: optStr,
  label_plural: optStr,
  icon: optStr,
  description: optStr,
  methods,
  list: ListShape,
  form: v.nullish(FormShape, () => ({ groups: [] })),
  fields: rec(FieldShape, "object of fields keyed by name"),
  features: FeaturesShape,
}, "resource object");

const NavGroupShape = obj({
  label: v.nullish(v.string(), ""),
  icon: optStr,
  resources: strArr,
}, "navigation group object");

const AuthShape = obj({
  login_endpoint: v.nullish(v.string(), DEFAULT_AUTH.login_endpoint),
  refresh_endpoint: v.nullish(v.string(), DEFAULT_AUTH.refresh_endpoint),
  token_header: v.nullish(v.string(), DEFAULT_AUTH.token_header),
}, "auth object");

const ThemeShape = obj({
  primary_color: v.nullish(v.unknown()),
  logo_url: optStr,
  favicon_url: optStr,
}, "theme object");

const RawSchema = obj({
  version: v.nullish(scalarText),
  title: str,
  auth: v.nullish(AuthShape, () => ({})),
  modules: v.nullish(rec(v.unknown(), "object of flags"), () => ({})),
  theme: v.nullish(ThemeShape),
  navigation: v.nullish(arr(NavGroupShape, "array of navigation groups")),
  resources: arr(ResourceShape, "array of resources"),
}, "schema object");

type Raw = v.InferOutput<typeof RawSchema>;
type RawResource = Raw["resources"][number];
type RawField = RawResource["fields"][string];

// ---------------------------------------------------------------------------------------------
// Issues

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function formatPath(path: readonly v.IssuePathItem[] | undefined): string {
  let out = "";
  for (const item of path ?? []) {
    const key: unknown = item.key;
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && IDENT.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function toIssue(issue: v.BaseIssue<unknown>): SchemaIssue {
  const last = issue.path?.[issue.path.length - 1];
  const missing = issue.type === "object" && last?.origin === "key" && issue.input === undefined;
  // Our own messages are the expected shape in words; valibot's defaults start with "Invalid ".
  const ours = !issue.message.startsWith("Invalid ");
  const expected = ours ? issue.message : friendly(issue.expected);
  return {
    path: formatPath(issue.path),
    expected,
    received: missing ? "missing" : issue.received,
  };
}

function duplicateNameIssues(raw: unknown): SchemaIssue[] {
  if (!isPlainObject(raw) || !Array.isArray(raw.resources)) return [];
  const seen = new Map<string, number>();
  const issues: SchemaIssue[] = [];
  raw.resources.forEach((r: unknown, i) => {
    if (!isPlainObject(r) || typeof r.name !== "string") return;
    const first = seen.get(r.name);
    if (first === undefined) seen.set(r.name, i);
    else
      issues.push({
        path: `resources[${i}].name`,
        expected: `a unique resource name (resources[${first}].name is also "${r.name}")`,
        received: JSON.stringify(r.name),
      });
  });
  return issues;
}

function dedupe(issues: SchemaIssue[]): SchemaIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.path}\u0000${i.expected}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Client rules (stage 2)

const TYPE_ALIASES: Record<string, string> = {
  string: "string",
  text: "string",
  str: "string",
  number: "number",
  float: "number",
  double: "number",
  decimal: "number",
  integer: "integer",
  int: "integer",
  boolean: "boolean",
  bool: "boolean",
  date: "date",
  datetime: "date",
  "date-time": "date",
  json: "json",
  object: "json",
  array: "json",
};

function definedOnly<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined || o[k] === null) delete o[k];
  return o;
}

function normaliseField(name: string, raw: RawField): FieldSchema {
  const t = TYPE_ALIASES[raw.type.trim().toLowerCase()] ?? "string";
  const integer = t === "integer";
  const field: FieldSchema = {
    type: integer ? "number" : t,
    widget: raw.widget,
    required: raw.readonly ? false : raw.required, // §3.1: `required` is ignored for readonly fields
    readonly: raw.readonly,
    label: raw.label?.trim() ? raw.label : humanize(name),
    placeholder: raw.placeholder ?? undefined,
    help_text: raw.help_text ?? undefined,
    min: raw.min ?? undefined,
    max: raw.max ?? undefined,
    step: raw.step ?? (integer ? 1 : undefined),
    min_length: raw.min_length ?? undefined,
    max_length: raw.max_length ?? undefined,
    pattern: raw.pattern ?? undefined,
    options: raw.options?.map((o): SelectOption => definedOnly({ value: o.value, label: o.label, color: o.color ?? undefined, icon: o.icon ?? undefined })),
    relation: raw.relation ? normaliseRelation(raw.relation) : undefined,
    accept: raw.accept ?? undefined,
    max_size_mb: raw.max_size_mb ?? undefined,
    gdpr: raw.gdpr ?? undefined,
    gdpr_category: raw.gdpr_category ?? undefined,
  };
  return definedOnly(field);
}

function normaliseRelation(r: NonNullable<RawField["relation"]>): RelationConfig {
  return definedOnly({
    endpoint: r.endpoint,
    label_field: r.label_field,
    search_field: r.search_field ?? r.label_field,
    value_field: r.value_field,
    filters: r.filters ?? undefined,
  });
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

function normaliseResource(r: RawResource): ResourceSchema {
  const fields: Record<string, FieldSchema> = {};
  for (const [name, f] of Object.entries(r.fields)) fields[name] = normaliseField(name, f);
  const known = (n: string) => Object.hasOwn(fields, n);
  const keep = (names: string[]) => unique(names.filter(known));

  const sortField = r.list.sort_default.replace(/^-/, "");
  const groups: FormGroup[] =
    r.form.groups.length === 0
      ? [{ label: "", fields: Object.keys(fields) }]
      : r.form.groups
          .map((g) => definedOnly({ label: g.label, fields: keep(g.fields), collapsible: g.collapsible ?? undefined, collapsed: g.collapsed ?? undefined }))
          .filter((g) => g.fields.length > 0);

  const label = r.label?.trim() ? r.label : humanize(r.name);
  return definedOnly({
    endpoint: r.endpoint,
    name: r.name,
    label,
    label_plural: r.label_plural?.trim() ? r.label_plural : label,
    icon: r.icon ?? undefined,
    description: r.description ?? undefined,
    methods: unique(r.methods),
    list: definedOnly({
      fields: keep(r.list.fields),
      search_fields: keep(r.list.search_fields),
      filter_fields: keep(r.list.filter_fields),
      sort_default: sortField !== "" && known(sortField) ? r.list.sort_default : "",
      sort_fields: r.list.sort_fields ? keep(r.list.sort_fields) : undefined,
      page_size: r.list.page_size,
    }),
    form: { groups },
    fields,
    features: { ...r.features },
  });
}

function normaliseNavigation(raw: Raw["navigation"], resources: ResourceSchema[]): NavigationGroup[] {
  const names = resources.map((r) => r.name);
  if (!raw || raw.length === 0) return [{ label: "", resources: names }];
  const known = new Set(names);
  const groups: NavigationGroup[] = raw
    .map((g): NavigationGroup => definedOnly({ label: g.label, icon: g.icon ?? undefined, resources: unique(g.resources.filter((n) => known.has(n))) }))
    .filter((g) => g.resources.length > 0);
  const placed = new Set(groups.flatMap((g) => g.resources));
  const rest = names.filter((n) => !placed.has(n));
  if (rest.length > 0) groups.push({ label: groups.length === 0 ? "" : "Other", resources: rest });
  return groups;
}

function normaliseTheme(raw: Raw["theme"], warnings: string[]): ThemeConfig | undefined {
  if (!raw) return undefined;
  let color = "";
  if (raw.primary_color !== undefined && raw.primary_color !== null) {
    if (isCssColor(raw.primary_color)) color = raw.primary_color.trim();
    else warnings.push(`theme.primary_color ${JSON.stringify(raw.primary_color)} is not a CSS colour; it was ignored.`);
  }
  if (color === "" && !raw.logo_url && !raw.favicon_url) return undefined;
  // primary_color "" = no accent override (the type requires the member).
  return definedOnly({ primary_color: color, logo_url: raw.logo_url ?? undefined, favicon_url: raw.favicon_url ?? undefined });
}

function normaliseModules(raw: Record<string, unknown>, warnings: string[]): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const [k, val] of Object.entries(raw)) {
    if (typeof val === "boolean") out[k] = val;
    else warnings.push(`modules.${k} is not a boolean; it was ignored.`);
  }
  return out;
}

const SUPPORTED_VERSION = /^1(?:\.|$)/;

function normalise(raw: Raw, warnings: string[]): AdminSchema {
  const version = raw.version ?? "";
  if (version === "") warnings.push("The schema has no version; assuming a 1.x schema.");
  else if (!SUPPORTED_VERSION.test(version.trim()))
    warnings.push(`Schema version "${version}" is not a supported 1.x version; continuing anyway.`);

  const resources = raw.resources.map(normaliseResource);
  return definedOnly({
    version,
    title: raw.title,
    auth: { ...raw.auth },
    modules: normaliseModules(raw.modules, warnings),
    theme: normaliseTheme(raw.theme, warnings),
    navigation: normaliseNavigation(raw.navigation, resources),
    resources,
  });
}

// ---------------------------------------------------------------------------------------------
// API

/** Validate and normalise; non-blocking problems come back as `warnings`. Throws `SchemaError`. */
export function validateSchemaWithWarnings(raw: unknown): { schema: AdminSchema; warnings: string[] } {
  const result = v.safeParse(RawSchema, raw);
  const issues = dedupe([...(result.success ? [] : result.issues.map(toIssue)), ...duplicateNameIssues(raw)]);
  if (!result.success || issues.length > 0) throw new SchemaError(issues);
  const warnings: string[] = [];
  const schema = normalise(result.output, warnings);
  return { schema, warnings };
}

/** Validate and normalise the schema document; throws `SchemaError` naming every bad path. */
export function validateSchema(raw: unknown): AdminSchema {
  return validateSchemaWithWarnings(raw).schema;
}
