// Relation pickers (litestar-admin.md §8): `/relationships/{field}/search` pages and
// `/relationships/{field}/options?ids=` labels, as {value, label, item} options.
import type { ResourceSchema } from "../../protocol/types.ts";
import type { Backend, RelationOption } from "../types.ts";
import { asId, isRecord, modelPath } from "./litestar-context.ts";
import type { LitestarContext } from "./litestar-context.ts";
import type { LitestarRelationshipItem } from "./litestar-wire-types.ts";

const relationPath = (resource: ResourceSchema, field: string, op: "search" | "options"): string =>
  `${modelPath(resource)}/relationships/${encodeURIComponent(field)}/${op}`;

function toOption(entry: LitestarRelationshipItem): RelationOption | null {
  const value = asId(entry.id);
  if (value === null) return null;
  const label = typeof entry.label === "string" && entry.label !== "" ? entry.label : String(value);
  const option: RelationOption = { value, label };
  if (isRecord(entry.data)) option.item = entry.data;
  return option;
}

function readRelationItems(data: unknown): LitestarRelationshipItem[] {
  if (!isRecord(data) || !Array.isArray(data.items)) return [];
  return data.items.filter(isRecord) as unknown as LitestarRelationshipItem[];
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
      const options = readRelationItems(res.data)
        .map(toOption)
        .filter((o): o is RelationOption => o !== null);
      const data = isRecord(res.data) ? res.data : {};
      return {
        options,
        total: typeof data.total === "number" ? data.total : null,
        hasMore: data.has_more === true,
      };
    },

    async resolveRelation(resource, field, ids, ropts) {
      const unique = [...new Map(ids.map((id) => [String(id), id])).values()];
      if (unique.length === 0) return [];
      const res = await http.get(relationPath(resource, field, "options"), {
        query: { ids: unique.map(String).join(",") },
        signal: ropts?.signal,
      });
      const byValue = new Map<string, RelationOption>();
      for (const entry of readRelationItems(res.data)) {
        const o = toOption(entry);
        if (o) byValue.set(String(o.value), o);
      }
      // Requested order; unknown ids dropped.
      return unique.map((id) => byValue.get(String(id))).filter((o): o is RelationOption => o !== undefined);
    },
  };
}
