// Relation pickers (litestar-admin.md §8): `/relationships/{field}/search` pages and
// `/relationships/{field}/options?ids=` labels, as {value, label, item} options.
import * as v from "valibot";
import type { ResourceSchema } from "../../protocol/types.ts";
import type { Backend, RelationOption } from "../types.ts";
import { modelPath } from "./litestar-context.ts";
import type { LitestarContext } from "./litestar-context.ts";
import { LitestarRelationshipSchema } from "./litestar-wire-types.ts";
import type { LitestarRelationshipItem, LitestarRelationshipResponse } from "./litestar-wire-types.ts";

const relationPath = (resource: ResourceSchema, field: string, op: "search" | "options"): string =>
  `${modelPath(resource)}/relationships/${encodeURIComponent(field)}/${op}`;

function toOption(entry: LitestarRelationshipItem): RelationOption {
  const option: RelationOption = { value: entry.id, label: entry.label || String(entry.id) };
  if (entry.data) option.item = entry.data;
  return option;
}

/** A page of relation options; an answer of another shape has none. */
function readRelationPage(data: unknown): LitestarRelationshipResponse {
  const parsed = v.safeParse(LitestarRelationshipSchema, data);
  return parsed.success ? parsed.output : { items: [], has_more: false };
}

export function litestarRelations(ctx: LitestarContext): Pick<Backend, "searchRelation" | "resolveRelation"> {
  const { http, settings } = ctx;
  return {
    async searchRelation(resource, field, q, ropts) {
      const limit = Math.min(100, Math.max(1, q.perPage > 0 ? q.perPage : settings.relationPageSize));
      const res = await http.get(relationPath(resource, field, "search"), {
        query: { q: q.term, limit, page: Math.max(1, q.page || 1) },
        signal: ropts?.signal,
      });
      const page = readRelationPage(res.data);
      return { options: page.items.map(toOption), total: page.total ?? null, hasMore: page.has_more };
    },

    async resolveRelation(resource, field, ids, ropts) {
      const unique = [...new Map(ids.map((id) => [String(id), id])).values()];
      if (unique.length === 0) return [];
      const res = await http.get(relationPath(resource, field, "options"), {
        query: { ids: unique.map(String).join(",") },
        signal: ropts?.signal,
      });
      const byValue = new Map<string, RelationOption>();
      for (const entry of readRelationPage(res.data).items) byValue.set(String(entry.id), toOption(entry));
      // Requested order; unknown ids dropped.
      return unique.map((id) => byValue.get(String(id))).filter((o): o is RelationOption => o !== undefined);
    },
  };
}
