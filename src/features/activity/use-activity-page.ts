// The activity page's state: the resource (?resource=) and record (?record=) filters and how many
// entries to show (?limit=), all in the URL, and the feed they select.
import { useSearchParams } from "react-router";
import type { ActivityEntry } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { useSchema } from "../../data/schema-context.tsx";
import { useActivity } from "../../data/use-activity.ts";
import { resolveActivityResource } from "../shared/resolve-activity-resource.ts";

export const ACTIVITY_PAGE_SIZE = 50;

export interface ActivityPageController {
  resources: readonly ResourceSchema[];
  /** The resource filter, null for all resources. */
  resource: ResourceSchema | null;
  /** The record filter ("" for none; only with a resource). */
  recordId: string;
  limit: number;
  activity: ReturnType<typeof useActivity>;
  entries: readonly ActivityEntry[];
  /** The feed filled the limit, so older entries may exist. */
  mayHaveMore: boolean;
  /** Set (or, with null or "", remove) URL parameters. */
  update(next: Record<string, string | null>): void;
}

export function useActivityPage(): ActivityPageController {
  const schema = useSchema();
  const [params, setParams] = useSearchParams();
  const resourceName = params.get("resource") ?? "";
  const recordId = params.get("record") ?? "";
  const limit = Math.max(ACTIVITY_PAGE_SIZE, Number(params.get("limit")) || ACTIVITY_PAGE_SIZE);
  const resource = resourceName ? resolveActivityResource(schema.resources, resourceName) : null;
  const activity = useActivity({
    limit,
    ...(resource ? { resource: resource.name } : {}),
    ...(resource && recordId ? { recordId } : {}),
  });
  const entries = activity.data ?? [];
  const update = (next: Record<string, string | null>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v === null || v === "") p.delete(k);
      else p.set(k, v);
    }
    setParams(p, { replace: true });
  };
  return { resources: schema.resources, resource, recordId, limit, activity, entries, mayHaveMore: entries.length >= limit, update };
}
