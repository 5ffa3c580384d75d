// Display labels generated from names (craft-easy.md §3.2: "replace `_` with spaces and capitalise
// the first letter").
import type { FieldSchema } from "./types.ts";

export function humanize(name: string): string {
  const spaced = name.replace(/_+/g, " ").replace(/\s+/g, " ").trim();
  if (spaced === "") return name;
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** The field's label from the schema, else one generated from its name. */
export function fieldLabel(name: string, field: Pick<FieldSchema, "label"> | undefined): string {
  const label = field?.label?.trim();
  return label ? label : humanize(name);
}
