// The query-key factory. Every key starts with ["atrium", baseUrl, userId], so no cached data of
// one backend or user is ever served for another. Hierarchy (for invalidation by prefix):
//   [...root, "schema"]                                                    (the admin schema)
//   [...root, "resource", name, "list", query]
//   [...root, "resource", name, "record", id]
//   [...root, "relation-label", endpoint, label_field, value_field, id]   (shared by every field
//                                                                           with the same target)
//   [...root, "relation-search", resource, field, search]
//   [...root, "dashboard"] / [...root, "activity", filter]
import type { ActivityFilter, FilterCondition, Id, ListQuery, RelationSearch, SortKey } from "../backend/types.ts";
import type { FieldSchema } from "../protocol/types.ts";

/** A ListQuery with every optional member filled in, so equal queries make equal keys. */
export interface CanonicalListQuery {
  page: number;
  perPage: number;
  sort: SortKey[];
  search: string;
  filters: FilterCondition[];
}

export function canonicalListQuery(q: ListQuery): CanonicalListQuery {
  return {
    page: q.page,
    perPage: q.perPage,
    sort: (q.sort ?? []).map((s) => ({ field: s.field, desc: s.desc })),
    search: (q.search ?? "").trim(),
    filters: (q.filters ?? []).map((f) => ({ field: f.field, op: f.op, value: f.value })),
  };
}

/** The identity of a relation label: the target it reads, not the field that points there. */
export function relationTarget(resource: string, fieldName: string, field: FieldSchema | undefined): readonly string[] {
  const r = field?.relation;
  return r ? [r.endpoint, r.label_field, r.value_field] : [`resource:${resource}`, fieldName];
}

export function queryKeys(baseUrl: string, userId: string | null = null) {
  const root = ["atrium", baseUrl, userId ?? ""] as const;
  const resource = (name: string) => [...root, "resource", name] as const;
  return {
    all: root,
    schema: () => [...root, "schema"] as const,
    resource,
    lists: (name: string) => [...resource(name), "list"] as const,
    list: (name: string, query: ListQuery) => [...resource(name), "list", canonicalListQuery(query)] as const,
    records: (name: string) => [...resource(name), "record"] as const,
    record: (name: string, id: Id) => [...resource(name), "record", String(id)] as const,
    relationLabels: (target?: readonly string[]) => [...root, "relation-label", ...(target ?? [])] as const,
    relationLabel: (target: readonly string[], id: Id) => [...root, "relation-label", ...target, String(id)] as const,
    relationSearch: (name: string, field: string, search: RelationSearch) =>
      [...root, "relation-search", name, field, { term: search.term, page: search.page, perPage: search.perPage }] as const,
    dashboard: () => [...root, "dashboard"] as const,
    activity: (filter: ActivityFilter) =>
      [...root, "activity", { resource: filter.resource ?? null, recordId: filter.recordId === undefined ? null : String(filter.recordId), limit: filter.limit }] as const,
  };
}

export type QueryKeys = ReturnType<typeof queryKeys>;
