// How a field's value is handled (its ValueKind), from FieldSchema alone; the validation and the
// text coercion of this folder both go by it.
import type { FieldSchema, SelectOption } from "../types.ts";
import type { ValueKind } from "./types.ts";

const MULTI_WIDGETS = new Set(["multiselect", "multi-select", "multi_select", "tags", "checkboxes", "multicheckbox"]);
const BOOLEAN_WIDGETS = new Set(["checkbox", "toggle", "switch", "boolean"]);
const DATE_WIDGETS = new Set(["date", "datetime", "date-time", "datetime-local", "date_time"]);
export const NUMBER_TYPES = new Set(["number", "integer", "float", "decimal"]);

/** The label shown for a field: `label`, else the name with `_` as spaces, first letter capitalised. */
export function fieldLabel(name: string, field: Pick<FieldSchema, "label">): string {
  if (field.label) return field.label;
  const spaced = name.replace(/_/g, " ").trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function valueKind(field: FieldSchema): ValueKind {
  const widget = (field.widget ?? "").toLowerCase();
  if (MULTI_WIDGETS.has(widget)) return "multi";
  if (widget === "relation" || field.relation) return "relation";
  if (widget === "select" || (field.options && field.options.length > 0)) return "select";
  const type = (field.type ?? "").toLowerCase();
  if (type === "boolean" || BOOLEAN_WIDGETS.has(widget)) return "boolean";
  if (type === "date" || type === "datetime" || DATE_WIDGETS.has(widget)) return "date";
  if (NUMBER_TYPES.has(type) || widget === "number") return "number";
  if (type === "json" || widget === "json") return "json";
  return "string";
}

export function isIntegerField(field: FieldSchema): boolean {
  return (field.type ?? "").toLowerCase() === "integer";
}

/** null, undefined, "" (after trim) and [] are empty. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** The options' labels for a message ("Must be one of: …"), at most ten. */
export function optionList(options: SelectOption[]): string {
  const labels = options.map((o) => o.label || o.value);
  return labels.length > 10 ? `${labels.slice(0, 10).join(", ")}, …` : labels.join(", ");
}
