// Sidebar grouping (craft-easy.md §3.1): navigation[] groups in order, dangling names dropped,
// resources no group mentions listed after; no navigation at all → one untitled group.
import type { AdminSchema, ResourceSchema } from "../protocol/types.ts";

export interface NavGroup {
  /** Group heading; null for the untitled group. */
  label: string | null;
  resources: ResourceSchema[];
}

export function navGroups(schema: Pick<AdminSchema, "navigation" | "resources">): NavGroup[] {
  const byName = new Map(schema.resources.map((r) => [r.name, r] as const));
  const placed = new Set<string>();
  const groups: NavGroup[] = [];
  for (const g of schema.navigation ?? []) {
    const resources: ResourceSchema[] = [];
    for (const name of g.resources) {
      const r = byName.get(name);
      if (!r || placed.has(name)) continue;
      placed.add(name);
      resources.push(r);
    }
    if (resources.length > 0) groups.push({ label: g.label, resources });
  }
  const rest = schema.resources.filter((r) => !placed.has(r.name));
  if (rest.length > 0) groups.push({ label: null, resources: rest });
  return groups;
}
