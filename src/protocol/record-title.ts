// How a record is named in headings, dialogs and the activity feed: a name-like field when it has
// one (never a personal-data field, which stays masked), else its label and id.
import type { ResourceSchema } from "./types.ts";

const NAME_FIELDS = ["name", "title", "label", "number", "email", "slug", "sku", "code"];

/** The name-like fields of a resource, most telling first (personal-data fields left out). */
export function titleFields(resource: Pick<ResourceSchema, "fields">): string[] {
  return NAME_FIELDS.filter((f) => Object.hasOwn(resource.fields, f) && !resource.fields[f]?.gdpr);
}

/** The record's name from its values (the first name-like field that holds one), or null. */
export function titleOf(resource: Pick<ResourceSchema, "fields">, values: Readonly<Record<string, unknown>> | undefined): string | null {
  if (!values) return null;
  for (const f of titleFields(resource)) {
    const v = values[f];
    if ((typeof v === "string" && v.trim() !== "") || typeof v === "number") return String(v);
  }
  return null;
}

export function recordTitle(resource: Pick<ResourceSchema, "label" | "fields">, item: Readonly<Record<string, unknown>> | undefined, id: string | number): string {
  return titleOf(resource, item) ?? `${resource.label} ${String(id)}`;
}
