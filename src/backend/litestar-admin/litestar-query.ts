// ListQuery → litestar-admin list parameters and back (litestar-admin.md §6). There is no filter
// parameter: filters are never sent (the capabilities tell the UI so).
import type { ResourceSchema } from "../../protocol/types.ts";
import type { Id, Item, ListQuery, Page } from "../types.ts";

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

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** `{items,total,offset,limit}` → Page; page = floor(offset/limit)+1, read back from the response. */
export function readLitestarPage(data: unknown, requested: { offset: number; limit: number }): Page | null {
  if (!isRecord(data) || !Array.isArray(data.items)) return null;
  const items = data.items.filter(isRecord) as Item[];
  const limit = typeof data.limit === "number" && data.limit > 0 ? data.limit : requested.limit;
  const offset = typeof data.offset === "number" && data.offset >= 0 ? data.offset : requested.offset;
  const total = typeof data.total === "number" ? data.total : offset + items.length;
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
