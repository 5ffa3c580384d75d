// Relation labels for a whole page: every id of one relation field requested in the same tick,
// so the batcher sends one request per related resource per page; cells then read the cache.
import type { Id } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { useRelationLabels } from "../../data/use-relation-labels.ts";

/** The ids a relation value holds: a scalar, a list, or embedded records with id/_id. */
export function relationIds(value: unknown): Id[] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((v): Id[] => {
    if (typeof v === "string" || typeof v === "number") return [v];
    if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      const id = o.id ?? o._id;
      if (typeof id === "string" || typeof id === "number") return [id];
    }
    return [];
  });
}

/** Renders nothing: asks for the labels of all of a page's ids of one relation field at once. */
export function RelationPrefetch({ resource, field, ids }: { resource: ResourceSchema; field: string; ids: unknown[] }) {
  useRelationLabels(resource, field, ids.flatMap(relationIds));
  return null;
}
