// Human text for an active filter, shown on its removable chip: "Status: Paid, Shipped".
// Relation values are named through `labelOf` (the chip resolves them); without a label the raw
// value shows.
import type { FilterCondition } from "../../backend/types.ts";
import type { FieldSchema } from "../../protocol/types.ts";
import { fieldLabel } from "../../protocol/labels.ts";

export const NO_SERVER_FILTERS = "This backend cannot filter on the server";

/** Label of one filter value (a related record's id), undefined when not (yet) known. */
export type FilterValueLabel = (value: unknown) => string | undefined;

function valueTextOf(field: FieldSchema | undefined, v: unknown, labelOf?: FilterValueLabel): string {
  if (v === null || v === undefined) return "";
  const known = labelOf?.(v);
  if (known !== undefined) return known;
  if (typeof v === "boolean") return v ? "Yes" : "No";
  const key = typeof v === "string" || typeof v === "number" ? String(v) : JSON.stringify(v);
  const opt = field?.options?.find((o) => o.value === key);
  return opt ? opt.label : key;
}

export function filterSummary(name: string, field: FieldSchema | undefined, c: FilterCondition, labelOf?: FilterValueLabel): string {
  const label = fieldLabel(name, field);
  const v = c.value;
  const valueText = (x: unknown): string => valueTextOf(field, x, labelOf);
  switch (c.op) {
    case "in":
    case "nin": {
      const list = (Array.isArray(v) ? v : [v]).map((x) => valueText(x)).join(", ");
      return c.op === "in" ? `${label}: ${list}` : `${label}: not ${list}`;
    }
    case "between": {
      const [from, to] = Array.isArray(v) ? v : [null, null];
      const a = valueText(from);
      const b = valueText(to);
      if (a && b) return `${label}: ${a} – ${b}`;
      if (a) return `${label} ≥ ${a}`;
      return `${label} ≤ ${b}`;
    }
    case "contains":
      return `${label} contains “${String(v)}”`;
    case "eq":
      return `${label}: ${valueText(v)}`;
    case "ne":
      return `${label} is not ${valueText(v)}`;
    case "gt":
      return `${label} > ${valueText(v)}`;
    case "gte":
      return `${label} ≥ ${valueText(v)}`;
    case "lt":
      return `${label} < ${valueText(v)}`;
    case "lte":
      return `${label} ≤ ${valueText(v)}`;
    case "exists":
      return v ? `${label} is set` : `${label} is empty`;
  }
}
