// One resource (craft-easy.md §3, ResourceSchema, ListConfig, FormConfig, ResourceFeatures;
// §2.2 and §3.1 for the client rules): its shape, and the rules applied once the shape is right.
import * as v from "valibot";
import type { FormGroup, ResourceSchema } from "../types.ts";
import { FieldShape, normaliseField } from "./field-shape.ts";
import { arr, bool, describe, nonEmptyStr, obj, optStr, rec, str, strArr } from "./shape-kit.ts";
import { definedOnly } from "./defined-only.ts";
import { uniqueNames } from "./unique-names.ts";

const pageSize = describe(
  v.pipe(
    v.number("positive integer"),
    v.check((n) => Number.isInteger(n) && n >= 1, "positive integer"),
  ),
  "positive integer",
);

const ListShape = obj({
  fields: strArr,
  search_fields: strArr,
  filter_fields: strArr,
  sort_default: str, // "" = the server's default order (§3.1)
  sort_fields: v.nullish(strArr), // absent → every column (§3.1)
  page_size: pageSize,
}, "list object");

const GroupShape = obj({
  label: str,
  fields: strArr,
  collapsible: v.nullish(v.boolean()),
  collapsed: v.nullish(v.boolean()),
}, "form group object");

const FormShape = obj({
  groups: arr(GroupShape, "array of form groups"), // empty → one untitled group (§3.1)
}, "form object");

const FeaturesShape = obj({
  create: bool,
  edit: bool,
  delete: bool,
  export: bool,
  bulk_delete: bool,
  duplicate: bool,
}, "features object");

const HTTP_METHOD = "HTTP method in upper case";
const methods = arr(
  describe(v.pipe(v.string(HTTP_METHOD), v.regex(/^[A-Z]+$/, HTTP_METHOD)), HTTP_METHOD),
  "array of HTTP methods",
);

export const ResourceShape = obj({
  endpoint: str,
  name: nonEmptyStr,
  label: nonEmptyStr,
  label_plural: nonEmptyStr,
  icon: optStr,
  description: optStr,
  methods,
  list: ListShape,
  form: FormShape,
  fields: rec(FieldShape, "object of fields keyed by name"),
  features: FeaturesShape,
}, "resource object");

type RawResource = v.InferOutput<typeof ResourceShape>;

function formGroups(r: RawResource, fieldNames: string[], keep: (names: string[]) => string[]): FormGroup[] {
  if (r.form.groups.length === 0) return [{ label: "", fields: fieldNames }];
  return r.form.groups
    .map((g) => definedOnly({ label: g.label, fields: keep(g.fields), collapsible: g.collapsible ?? undefined, collapsed: g.collapsed ?? undefined }))
    .filter((g) => g.fields.length > 0);
}

export function normaliseResource(r: RawResource): ResourceSchema {
  const fields: ResourceSchema["fields"] = {};
  for (const [name, f] of Object.entries(r.fields)) fields[name] = normaliseField(name, f);
  // §2.2: names that are not keys of `fields` are dropped silently (access filtering)
  const known = (n: string) => Object.hasOwn(fields, n);
  const keep = (names: string[]) => uniqueNames(names.filter(known));
  const sortField = r.list.sort_default.replace(/^-/, "");
  return definedOnly({
    endpoint: r.endpoint,
    name: r.name,
    label: r.label,
    label_plural: r.label_plural,
    icon: r.icon ?? undefined,
    description: r.description ?? undefined,
    methods: uniqueNames(r.methods),
    list: definedOnly({
      fields: keep(r.list.fields),
      search_fields: keep(r.list.search_fields),
      filter_fields: keep(r.list.filter_fields),
      sort_default: sortField !== "" && known(sortField) ? r.list.sort_default : "",
      sort_fields: r.list.sort_fields ? keep(r.list.sort_fields) : undefined,
      page_size: r.list.page_size,
    }),
    form: { groups: formGroups(r, Object.keys(fields), keep) },
    fields,
    features: { ...r.features },
  });
}
