// `GET /{resource}` (craft-easy.md §5–6): paging, filters, search, sort (default: the resource's
// sort_default), include_deleted for system users, a weak body-hash ETag with 304.
import type { ResourceSchema } from "../../protocol/types.ts";
import { hashHex } from "../hash.ts";
import type { Predicate, SortSpec } from "../store/query.ts";
import { etagMatches } from "./etag.ts";
import { escapeRegex, parseListQuery } from "./list-query.ts";
import type { ParsedListQuery } from "./list-query.ts";
import { present } from "./records.ts";
import { JSON_TYPE, craftEasyError, jsonResponse, validationError } from "./responses.ts";
import type { ResourceRequest } from "./types.ts";

function wherePredicate(q: ParsedListQuery, resource: ResourceSchema): Predicate | undefined {
  const parts: Predicate[] = [];
  if (q.where) parts.push(q.where);
  if (q.search) {
    const re = new RegExp(escapeRegex(q.search), "i");
    parts.push({ kind: "or", items: resource.list.search_fields.map((f) => ({ kind: "cmp", field: f, op: "regex", value: re })) });
  }
  return parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : { kind: "and", items: parts };
}

/** Hidden fields cannot be filtered on (they would leak through the filter). */
function filtersOnHidden(where: Predicate | undefined, hidden: string[]): boolean {
  if (!where) return false;
  const text = JSON.stringify(where, (_k, v: unknown) => (v instanceof RegExp ? String(v) : v));
  return hidden.some((h) => text.includes(`"field":"${h}"`));
}

function defaultSort(resource: ResourceSchema): SortSpec[] | undefined {
  const d = resource.list.sort_default;
  return d ? [{ field: d.replace(/^-/, ""), desc: d.startsWith("-") }] : undefined;
}

export function listRoute(target: ResourceRequest): Response {
  const { context, request, resource, user, access } = target;
  const parsed = parseListQuery(target.url.searchParams, { defaultPerPage: resource.list.page_size, searchParam: context.searchParam });
  if (!parsed.ok) return validationError(parsed.issues, "Invalid query parameters");
  const q = parsed.query;
  const where = wherePredicate(q, resource);
  if (filtersOnHidden(where, access.hidden)) {
    return craftEasyError(403, "ACCESS_DENIED", "You may not filter on a hidden field", { resource: resource.name });
  }
  const includeDeleted = q.includeDeleted && user.scope === "system";
  const { items, total } = context.store.find(resource.name, { where, sort: q.sort ?? defaultSort(resource), offset: (q.page - 1) * q.perPage, limit: q.perPage, includeDeleted });
  const text = JSON.stringify({ items: items.map((r) => present(context.idKey, r.doc, access.hidden)), total, page: q.page, per_page: q.perPage });
  const etag = `W/"${hashHex(text)}"`;
  if (etagMatches(request.headers.get("if-none-match"), etag)) return jsonResponse(304, null, { ETag: etag });
  return new Response(text, { status: 200, headers: { "Content-Type": JSON_TYPE, ETag: etag } });
}
