// What the Filters panel leaves out of the filters it applies: a control left empty, or a range
// whose start lies after its end (refused with a reason rather than sent). Here, not in
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

/**
 * True for a range whose start is after its end (price 100 – 50): both ends numbers, or both ISO
 * dates/times, which order as text.
 */
export function isInvertedRange(c: FilterCondition): boolean {
  if (c.op !== "between" || !Array.isArray(c.value) || c.value.length !== 2) return false;
  const [from, to] = c.value;
  if (typeof from === "number" && typeof to === "number") return from > to;
  if (typeof from === "string" && typeof to === "string" && from !== "" && to !== "") return from > to;
  return false;
}
