// The dashboard's models: each count the backend reported, mapped to its schema resource.
import type { DashboardData } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { resolveActivityResource } from "../shared/resolve-activity-resource.ts";

export interface ModelCount {
  key: string;
  label: string;
  count: number;
  resource: ResourceSchema | null;
}

/** Dashboard models in schema order (unknown ones last), each mapped to its schema resource. */
export function modelCounts(data: DashboardData | undefined, resources: readonly ResourceSchema[]): ModelCount[] {
  if (!data) return [];
  const mapped = data.models.map((m) => {
    const resource = resolveActivityResource(resources, m.resource) ?? resolveActivityResource(resources, m.label);
    return { key: m.resource, label: resource?.label_plural ?? m.label, count: m.count, resource };
  });
  const order = (m: ModelCount) => (m.resource ? resources.indexOf(m.resource) : resources.length);
  return mapped.sort((a, b) => order(a) - order(b));
}
