import type { FilterCondition } from "../backend/types.ts";
import type { FilterValue } from "./types.ts";

/** The Backend condition for a filter control's value. */
export function toFilterCondition(field: string, value: FilterValue): FilterCondition {
  return { field, op: value.op, value: value.value };
}

/** The filter control's value for a Backend condition (the inverse, for URL → UI state). */
export function fromFilterCondition(condition: FilterCondition): FilterValue {
  return { op: condition.op, value: condition.value } as FilterValue;
}
