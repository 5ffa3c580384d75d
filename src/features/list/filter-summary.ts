// Human text for an active filter, shown on its removable chip: "Status: Paid, Shipped".
// Relation values are named through `labelOf` (the chip resolves them); without a label the raw
// value shows.
import type { FilterCondition } from "../../backend/types.ts";
import type { FieldSchema } from "../../protocol/types.ts";
import { fieldLabel } from "../../protocol/labels.ts";
import { t } from "./messages.ts";

/** Label of one filter value (a related record's id), undefined when not (yet) known. */
export type FilterValueLabel = (value: unknown) => string | undefined;

function valueTextOf(field: FieldSchema | undefined, v: unknown, labelOf?: FilterValueLabel): string {
  if (v === null || v === undefined) return "";
  const known = labelOf?.(v);
  if (known !== undefined) return known;
  if (typeof v === "boolean") return v ? t("yes") : t("no");
  const key = typeof v === "string" || typeof v === "number" ? String(v) : JSON.stringify(v);
  const opt = field?.options?.find((o) => o.value === key);
  return opt ? opt.label : key;
}

export function filterSummary(name: string, field: FieldSchema | undefined, c: FilterCondition, labelOf?: FilterValueLabel): string {
  const label = fieldLabel(name, field);
  const say = (id: Parameters<typeof t>[0], value?: string) => t(id, { field: label, value });
  const v = c.value;
  const valueText = (x: unknown): string => valueTextOf(field, x, labelOf);
  switch (c.op) {
    case "in":
    case "nin": {
      const list = (Array.isArray(v) ? v : [v]).map((x) => valueText(x)).join(", ");
      return t(c.op === "in" ? "filterIn" : "filterNotIn", { field: label, values: list });
    }
    case "between": {
      const [from, to] = Array.isArray(v) ? v : [null, null];
      const a = valueText(from);
      const b = valueText(to);
      if (a && b) return t("filterBetween", { field: label, from: a, to: b });
      if (a) return say("filterAtLeast", a);
      return say("filterAtMost", b);
    }
    case "contains":
      return say("filterContains", String(v));
    case "eq":
      return say("filterEquals", valueText(v));
    case "ne":
      return say("filterNotEquals", valueText(v));
    case "gt":
      return say("filterAbove", valueText(v));
    case "gte":
      return say("filterAtLeast", valueText(v));
    case "lt":
      return say("filterBelow", valueText(v));
    case "lte":
      return say("filterAtMost", valueText(v));
    case "exists":
      return say(v ? "filterSet" : "filterEmpty");
  }
}
