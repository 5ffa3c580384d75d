// Relation pickers over the related collection's list endpoint (craft-easy.md §3.2): search by
// `{search_field}__regex`, resolve stored values by `{value_field}__in`, show `label_field`.
import { ApiError } from "../api-error.ts";
import { mapLimit } from "../map-limit.ts";
import type { RelationConfig, ResourceSchema } from "../../protocol/types.ts";
import type { Id, Item, RelationOption, RelationPage, RelationSearch, RequestOptions } from "../types.ts";
import type { CraftEasyContext } from "./craft-easy-context.ts";
import { asId } from "./craft-easy-ids.ts";
import { fetchPage } from "./craft-easy-list-page.ts";
import { buildRelationSearchParams, buildResolveParams } from "./craft-easy-query.ts";

export interface CraftEasyRelations {
  searchRelation(resource: ResourceSchema, field: string, q: RelationSearch, opts?: RequestOptions): Promise<RelationPage>;
  resolveRelation(resource: ResourceSchema, field: string, ids: Id[], opts?: RequestOptions): Promise<RelationOption[]>;
}

function relationOf(resource: ResourceSchema, field: string): RelationConfig {
  const relation = resource.fields[field]?.relation;
  if (relation) return relation;
  throw new ApiError({ status: 0, code: "CONFIG_ERROR", message: `Field "${field}" of ${resource.name} has no relation configuration.` });
}

function chunked<T>(list: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < list.length; i += size) chunks.push(list.slice(i, i + size));
  return chunks;
}

export function createCraftEasyRelations(ctx: CraftEasyContext): CraftEasyRelations {
  const { http, settings, ids } = ctx;

  /** `item[value_field]` (the record's id when that is "id"/"_id") labelled by `item[label_field]`. */
  function toOption(item: Item, relation: RelationConfig): RelationOption | null {
    const { value_field: valueField, label_field: labelField } = relation;
    const value = valueField === "id" || valueField === "_id" ? ids.read(item) : asId(item[valueField]);
    if (value === null) return null;
    const raw = item[labelField];
    const label = raw === undefined || raw === null || raw === "" ? String(value) : typeof raw === "string" ? raw : String(raw);
    return { value, label, item };
  }

  return {
    async searchRelation(resource, field, q, opts) {
      const relation = relationOf(resource, field);
      const perPage = q.perPage > 0 ? q.perPage : settings.relationPageSize;
      const query = buildRelationSearchParams(relation, q.term, q.page, perPage, settings.maxPerPage);
      const page = await fetchPage({ http, endpoint: relation.endpoint, query, signal: opts?.signal });
      const options = page.items.map((item) => toOption(item, relation)).filter((o): o is RelationOption => o !== null);
      const shownUpTo = (page.page - 1) * page.perPage + page.items.length;
      return { options, total: page.total, hasMore: shownUpTo < page.total && page.items.length > 0 };
    },

    async resolveRelation(resource, field, wanted, opts) {
      const relation = relationOf(resource, field);
      const unique = [...new Map(wanted.map((id) => [String(id), id])).values()];
      if (unique.length === 0) return [];
      const key = ids.filterKey(relation.value_field);
      const pages = await mapLimit(chunked(unique, settings.maxPerPage), settings.writeConcurrency, (chunk) =>
        fetchPage({ http, endpoint: relation.endpoint, query: buildResolveParams(key, chunk), signal: opts?.signal }),
      );
      const byValue = new Map<string, RelationOption>();
      for (const item of pages.flatMap((p) => p.items)) {
        const o = toOption(item, relation);
        if (o) byValue.set(String(o.value), o);
      }
      return unique.map((id) => byValue.get(String(id))).filter((o): o is RelationOption => o !== undefined);
    },
  };
}
