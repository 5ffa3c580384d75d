// ListQuery → Craft Easy query parameters (craft-easy.md §5, §6): page/per_page, sort, search
// (regex or param mode), suffix-operator filters, and `where` JSON for what flat parameters
// cannot express safely (several search fields, the §6.4 coercion trap).
import type { FieldSchema, RelationConfig, ResourceSchema } from "../../protocol/types.ts";
import type { FilterCondition, Id, ListQuery, SortKey } from "../types.ts";
import type { CraftEasySettings } from "./craft-easy-settings.ts";

export type QueryPairs = [string, string][];

type QuerySettings = Pick<CraftEasySettings, "sortParam" | "sortDescPrefix" | "searchMode" | "searchParam" | "maxPerPage">;

/** Escape regex metacharacters in user input (the server's `__regex` is unanchored, case-insensitive). */
export function escapeRegex(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * Whether the server's exact-match coercion (§6.1) would turn this text into something other than
 * a string: booleans, null/none, integers, floats, or a 24-hex ObjectId.
 */
export function looksCoercible(text: string): boolean {
  const t = text.trim();
  if (/^(true|false|null|none)$/i.test(t)) return true;
  if (/^[-+]?\d+$/.test(t)) return true;
  if (/^[-+]?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?$/.test(t)) return true;
  if (/^[-+]?(inf|infinity|nan)$/i.test(t)) return true;
  if (/^[0-9a-fA-F]{24}$/.test(t)) return true;
  return false;
}

const NON_STRING_TYPES = new Set(["number", "integer", "float", "boolean", "date", "datetime", "json"]);

/** A string-typed field whose values must stay strings (relations excluded: ObjectId coercion is wanted). */
function isStringField(field: FieldSchema | undefined): boolean {
  if (!field) return false;
  if (field.relation) return false;
  return !NON_STRING_TYPES.has(field.type);
}

/** Value → flat query text. Dates become ISO 8601. */
export function queryText(v: unknown): string {
  if (v instanceof Date) return v.toISOString();
  if (v === null) return "null";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  return JSON.stringify(v);
}

/** Value → JSON value for `where`, keeping its type (Dates become ISO strings). */
function jsonValue(v: unknown, asString: boolean): unknown {
  if (v instanceof Date) return v.toISOString();
  if (asString && v !== null && (typeof v === "number" || typeof v === "boolean")) return String(v);
  return v;
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === "";
}

type WhereClause = Record<string, unknown>;

const MONGO_OP: Record<string, string> = { ne: "$ne", gt: "$gt", gte: "$gte", lt: "$lt", lte: "$lte", in: "$in", nin: "$nin" };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/** AND the clauses together: merge into one object when keys do not clash, else `$and`. */
export function mergeWhere(clauses: WhereClause[]): WhereClause | null {
  if (clauses.length === 0) return null;
  if (clauses.length === 1) return clauses[0] ?? null;
  const merged: WhereClause = {};
  for (const clause of clauses) {
    for (const [k, v] of Object.entries(clause)) {
      if (!(k in merged)) {
        merged[k] = v;
        continue;
      }
      const prev = merged[k];
      const opsOnly = (o: unknown): o is Record<string, unknown> =>
        isPlainObject(o) && Object.keys(o).every((x) => x.startsWith("$"));
      if (opsOnly(prev) && opsOnly(v) && Object.keys(v).every((x) => !(x in prev))) {
        merged[k] = { ...prev, ...v };
        continue;
      }
      return { $and: clauses };
    }
  }
  return merged;
}

function sortValue(keys: SortKey[], s: QuerySettings): string {
  return keys.map((k) => (k.desc ? `${s.sortDescPrefix}${k.field}` : k.field)).join(",");
}

/** `list.sort_default` is written with "-" for descending; re-express it with the configured prefix. */
function defaultSort(resource: ResourceSchema, s: QuerySettings): string | null {
  const d = resource.list.sort_default?.trim();
  if (!d) return null;
  return d
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "" && part !== "-")
    .map((part) => (part.startsWith("-") ? `${s.sortDescPrefix}${part.slice(1)}` : part))
    .join(",");
}

/** Search fields that exist in `fields` (dangling names dropped, §2.2). */
export function searchFieldsOf(resource: ResourceSchema): string[] {
  return resource.list.search_fields.filter((f) => Object.hasOwn(resource.fields, f));
}

/** One filter condition → flat pairs and/or `where` clauses. */
export function addFilter(resource: ResourceSchema, cond: FilterCondition, pairs: QueryPairs, where: WhereClause[]): void {
  const { field, op, value } = cond;
  const schema = resource.fields[field];
  const stringField = isStringField(schema);
  const trap = (v: unknown): boolean => stringField && typeof v === "string" && looksCoercible(v);
  const trapNonString = (v: unknown): boolean => stringField && (typeof v === "number" || typeof v === "boolean");

  const single = (suffix: string, mongo: string | null, v: unknown): void => {
    if (isEmpty(v)) return;
    if (v !== null && (trap(v) || trapNonString(v))) {
      const jv = jsonValue(v, true);
      where.push({ [field]: mongo ? { [mongo]: jv } : jv });
      return;
    }
    pairs.push([`${field}${suffix}`, queryText(v)]);
  };

  switch (op) {
    case "eq":
      single("", null, value);
      return;
    case "ne":
    case "gt":
    case "gte":
    case "lt":
    case "lte":
      single(`__${op}`, MONGO_OP[op] ?? null, value);
      return;
    case "between": {
      const [from, to] = Array.isArray(value) ? (value as unknown[]) : [undefined, undefined];
      if (from !== null) single("__gte", "$gte", from);
      if (to !== null) single("__lte", "$lte", to);
      return;
    }
    case "in":
    case "nin": {
      const list = (Array.isArray(value) ? (value as unknown[]) : isEmpty(value) ? [] : [value]).filter((v) => !isEmpty(v));
      if (list.length === 0) return;
      const needsWhere = list.some((v) => (typeof v === "string" && v.includes(",")) || trap(v) || trapNonString(v));
      if (needsWhere) {
        where.push({ [field]: { [MONGO_OP[op] as string]: list.map((v) => jsonValue(v, stringField)) } });
        return;
      }
      pairs.push([`${field}__${op}`, list.map(queryText).join(",")]);
      return;
    }
    case "exists": {
      const on = !(value === false || value === "false" || value === 0 || value === "0");
      pairs.push([`${field}__exists`, on ? "true" : "false"]);
      return;
    }
    case "contains": {
      if (isEmpty(value) || value === null) return;
      pairs.push([`${field}__regex`, escapeRegex(queryText(value))]);
      return;
    }
  }
}

/** Clamp the requested page size to 1..maxPerPage. */
export function clampPerPage(perPage: number, maxPerPage: number): number {
  if (!Number.isFinite(perPage)) return maxPerPage;
  return Math.min(Math.max(1, Math.floor(perPage)), maxPerPage);
}

/** Full parameter list for `GET {endpoint}`, in a stable order. */
export function buildListParams(resource: ResourceSchema, query: ListQuery, s: QuerySettings): QueryPairs {
  const pairs: QueryPairs = [
    ["page", String(Math.max(1, Math.floor(query.page || 1)))],
    ["per_page", String(clampPerPage(query.perPage, s.maxPerPage))],
  ];
  const sort = query.sort === undefined ? defaultSort(resource, s) : query.sort.length > 0 ? sortValue(query.sort, s) : null;
  if (sort) pairs.push([s.sortParam, sort]);

  const where: WhereClause[] = [];
  const term = query.search?.trim() ?? "";
  if (term !== "") {
    if (s.searchMode === "param") {
      pairs.push([s.searchParam, term]);
    } else {
      const fields = searchFieldsOf(resource);
      const escaped = escapeRegex(term);
      if (fields.length === 1) pairs.push([`${fields[0]}__regex`, escaped]);
      else if (fields.length > 1) where.push({ $or: fields.map((f) => ({ [f]: { $regex: escaped, $options: "i" } })) });
    }
  }
  for (const cond of query.filters ?? []) addFilter(resource, cond, pairs, where);
  if (query.includeDeleted) pairs.push(["include_deleted", "true"]);
  const merged = mergeWhere(where);
  if (merged) pairs.push(["where", JSON.stringify(merged)]);
  return pairs;
}

/** Relation picker search (§3.2 step 1): `{search_field}__regex`, page/per_page, fixed filters. */
export function buildRelationSearchParams(
  relation: RelationConfig,
  term: string,
  page: number,
  perPage: number,
  maxPerPage: number,
): QueryPairs {
  const pairs: QueryPairs = [];
  const t = term.trim();
  if (t !== "") pairs.push([`${relation.search_field}__regex`, escapeRegex(t)]);
  pairs.push(["page", String(Math.max(1, Math.floor(page || 1)))]);
  pairs.push(["per_page", String(clampPerPage(perPage, maxPerPage))]);
  for (const [k, v] of Object.entries(relation.filters ?? {})) pairs.push([k, v]);
  return pairs;
}

/** Relation label lookup (§3.2 step 2): `{value_field}__in=v1,v2` (or `where` when a value has a comma). */
export function buildResolveParams(valueField: string, ids: Id[]): QueryPairs {
  const texts = ids.map((id) => String(id));
  const pairs: QueryPairs = [];
  if (texts.some((t) => t.includes(","))) pairs.push(["where", JSON.stringify({ [valueField]: { $in: ids } })]);
  else pairs.push([`${valueField}__in`, texts.join(",")]);
  pairs.push(["page", "1"], ["per_page", String(ids.length)]);
  return pairs;
}
