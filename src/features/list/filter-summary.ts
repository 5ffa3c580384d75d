// Human text for an active filter, shown on its removable chip: "Status: Paid, Shipped".
import type { FilterCondition } from "../../backend/types.ts";
import type { FieldSchema } from "../../protocol/types.ts";
import { fieldLabel } from "../../protocol/labels.ts";

function valueText(field: FieldSchema | undefined, v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "Yes" : "No";
  const key = typeof v === "string" || typeof v === "number" ? String(v) : JSON.stringify(v);
  const opt = field?.options?.find((o) => o.value === key);
  return opt ? opt.label : key;
}

export function filterSummary(name: string, field: FieldSchema | undefined, c: FilterCondition): string {
  const label = fieldLabel(name, field);
  const v = c.value;
  switch (c.op) {
    case "in":
    case "nin": {
      const list = (Array.isArray(v) ? v : [v]).map((x) => valueText(field, x)).join(", ");
      return c.op === "in" ? `${label}: ${list}` : `${label}: not ${list}`;
    }
    case "between": {
      const [from, to] = Array.isArray(v) ? v : [null, null];
      const a = valueText(field, from);
      const b = valueText(field, to);
      if (a && b) return `${label}: ${a} – ${b}`;
      if (a) return `${label} ≥ ${a}`;
      return `${label} ≤ ${b}`;
    }
    case "contains":
      return `${label} contains “${String(v)}”`;
    case "eq":
      return `${label}: ${valueText(field, v)}`;
    case "ne":
      return `${label} is not ${valueText(field, v)}`;
    case "gt":
      return `${label} > ${valueText(field, v)}`;
    case "gte":
      return `${label} ≥ ${valueText(field, v)}`;
    case "lt":
      return `${label} < ${valueText(field, v)}`;
    case "lte":
      return `${label} ≤ ${valueText(field, v)}`;
    case "exists":
      return v ? `${label} is set` : `${label} is empty`;
  }
}

/** True when a filter value carries nothing to filter on (an empty list, an open range). */
export function isEmptyFilter(c: FilterCondition): boolean {
  if (c.value === undefined || c.value === "") return true;
  if (Array.isArray(c.value)) {
    if (c.op === "between") return c.value.every((x) => x === null || x === undefined || x === "");
    return c.value.length === 0;
  }
  return false;
}
