// What the Filters panel leaves out of the filters it applies: a control left empty. Here, not in
// filter-summary.ts, so that it loads with the panel rather than with the list's first screen.
import type { FilterCondition } from "../../backend/types.ts";

/** True when a filter value carries nothing to filter on (an empty list, an open range). */
export function isEmptyFilter(c: FilterCondition): boolean {
  if (c.value === undefined || c.value === "") return true;
  if (Array.isArray(c.value)) {
    if (c.op === "between") return c.value.every((x) => x === null || x === undefined || x === "");
    return c.value.length === 0;
  }
  return false;
}
