// The sidebar groups (craft-easy.md §3, NavigationGroup; §2.2 and §3.1 for the client rules).
import type * as v from "valibot";
import type { NavigationGroup, ResourceSchema } from "../types.ts";
import { obj, optStr, str, strArr } from "./shape-kit.ts";
import { definedOnly } from "./defined-only.ts";
import { uniqueNames } from "./unique-names.ts";

export const NavGroupShape = obj({
  label: str,
  icon: optStr,
  resources: strArr,
}, "navigation group object");

type RawGroup = v.InferOutput<typeof NavGroupShape>;

/**
 * §3.1: no navigation → one group with every resource in order; resources no group mentions are
 * appended in a final group. §2.2: names that are not resources are dropped silently.
 */
export function normaliseNavigation(raw: RawGroup[] | null | undefined, resources: ResourceSchema[]): NavigationGroup[] {
  const names = resources.map((r) => r.name);
  if (!raw || raw.length === 0) return [{ label: "", resources: names }];
  const known = new Set(names);
  const groups: NavigationGroup[] = raw
    .map((g): NavigationGroup => definedOnly({ label: g.label, icon: g.icon ?? undefined, resources: uniqueNames(g.resources.filter((n) => known.has(n))) }))
    .filter((g) => g.resources.length > 0);
  const placed = new Set(groups.flatMap((g) => g.resources));
  const rest = names.filter((n) => !placed.has(n));
  if (rest.length > 0) groups.push({ label: groups.length === 0 ? "" : "Other", resources: rest });
  return groups;
}
