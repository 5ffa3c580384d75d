// One field of a resource (craft-easy.md §3, FieldSchema; §3.2 field-level rules): its shape,
// and the client rules applied once the shape is right.
import * as v from "valibot";
import type { FieldSchema, RelationConfig, SelectOption } from "../types.ts";
import { humanize } from "../labels.ts";
import { arr, bool, nonEmptyStr, num, obj, optStr, rec, str } from "./shape-kit.ts";
import { definedOnly } from "./defined-only.ts";

const OptionShape = obj({
  value: str, // §3.2: "options[].value is always a string"
  label: str,
  color: optStr,
  icon: optStr,
}, "object with value and label");

const RelationShape = obj({
  endpoint: str,
  label_field: str,
  search_field: str,
  value_field: str,
  filters: v.nullish(rec(str, "object of strings")),
}, "object with endpoint, label_field, search_field and value_field");

export const FieldShape = obj({
  type: str,
  widget: v.nullish(v.string(), ""), // absent → chosen by the resolution order (§3.3)
  required: bool,
  readonly: bool,
  label: v.nullish(nonEmptyStr), // absent → generated from the name (§3.2)
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
  default: v.optional(v.unknown()),
  nullable: v.nullish(v.boolean()),
}, "field object");

type RawField = v.InferOutput<typeof FieldShape>;

/** §3.2: the documented types plus "integer"; any other type is handled as "string". */
const KNOWN_TYPES: ReadonlySet<string> = new Set(["string", "number", "integer", "boolean", "date", "json"]);

function normaliseRelation(r: NonNullable<RawField["relation"]>): RelationConfig {
  return definedOnly({
    endpoint: r.endpoint,
    label_field: r.label_field,
    search_field: r.search_field,
    value_field: r.value_field,
    filters: r.filters ?? undefined,
  });
}

export function normaliseField(name: string, raw: RawField): FieldSchema {
  const t = KNOWN_TYPES.has(raw.type) ? raw.type : "string";
  const integer = t === "integer"; // §3.2: a number with step 1
  const field: FieldSchema = {
    type: integer ? "number" : t,
    widget: raw.widget,
    required: raw.readonly ? false : raw.required, // §3.1: `required` is ignored for readonly fields
    readonly: raw.readonly,
    label: raw.label ?? humanize(name),
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
    default: raw.default ?? undefined,
    nullable: raw.nullable ?? undefined,
  };
  return definedOnly(field);
}
