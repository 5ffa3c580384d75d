// ListQuery → litestar-admin list parameters and back (litestar-admin.md §6). There is no filter
// parameter: filters are never sent (the capabilities tell the UI so).
import * as v from "valibot";
import type { ResourceSchema } from "../../protocol/types.ts";
import type { Id, ListQuery, Page } from "../types.ts";
import { LitestarListSchema } from "./litestar-wire-types.ts";

/** `offset`/`limit` from page/perPage (limit capped to 1..max), one sort key, `search`. */
export function buildLitestarListParams(query: ListQuery, maxPerPage: number): [string, string][] {
  const limit = Math.min(maxPerPage, Math.max(1, Math.floor(query.perPage || 1)));
  const page = Math.max(1, Math.floor(query.page || 1));
  const params: [string, string][] = [
    ["offset", String((page - 1) * limit)],
    ["limit", String(limit)],
  ];
  const sort = query.sort?.[0];
  if (sort && sort.field !== "") {
    params.push(["sort_by", sort.field], ["sort_order", sort.desc ? "desc" : "asc"]);
  }
  const search = query.search?.trim();
  if (search) params.push(["search", search]);
  return params;
}

/** `{items,total,offset,limit}` → Page; page = floor(offset/limit)+1, read back from the response. */
export function readLitestarPage(data: unknown, requested: { offset: number; limit: number }): Page | null {
  const parsed = v.safeParse(LitestarListSchema, data);
  if (!parsed.success) return null;
  const { items } = parsed.output;
  const limit = parsed.output.limit ?? requested.limit;
  const offset = parsed.output.offset ?? requested.offset;
  const total = parsed.output.total ?? offset + items.length;
  return { items, total, page: Math.floor(offset / limit) + 1, perPage: limit };
}

/**
 * Ids go into `IN (...)` untouched on the server (§10, §11.1): send numbers for numeric PKs even
 * when the UI holds them as strings (route params).
 */
export function nativeId(resource: ResourceSchema, pkField: string, id: Id): Id {
  if (typeof id === "number") return id;
  const field = resource.fields[pkField];
  if (field?.type === "number" && /^-?\d+(\.\d+)?$/.test(id.trim())) return Number(id);
  return id;
}
