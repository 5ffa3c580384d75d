// Craft Easy list query parameters (craft-easy.md §5, §6) → the store's neutral query model.
//
// - exact match `?f=v` with Craft Easy coercion: true/false → boolean, null/none → null,
//   integer- and float-looking → number, 24-hex → ObjectId, else string (so `?code=123` never
//   matches the string "123": the documented coercion trap; `where` keeps JSON types);
// - suffix operators __gt __gte __lt __lte __ne __in __nin __exists __regex (always
//   case-insensitive); `__in`/`__nin` split on commas and coerce every element;
// - `where` = URL-encoded JSON with field values or {$eq,$ne,$gt,$gte,$lt,$lte,$in,$nin,$exists,
//   $regex,$options,$not} and the $or/$and/$nor combinators;
// - `sort=-a,b`: one or more comma-separated keys, `-` = descending (multi-key is an extension;
//   the client sends one key);
// - `page` (1-based) and `per_page` (capped at 100);
// - `include_deleted=true` (honoured by the handler for system-scope callers only).
import { ObjectIdValue } from "../store/query.ts";
import type { CompareOp, Predicate, SortSpec } from "../store/query.ts";
import type { ValidationIssue } from "./types.ts";
import { isRecord } from "../../lib/is-record.ts";

export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 25;

export interface ParsedListQuery {
  where: Predicate | undefined;
  sort: SortSpec[] | undefined;
  page: number;
  perPage: number;
  includeDeleted: boolean;
  search: string | undefined;
}

const SUFFIXES: Record<string, CompareOp> = {
  gt: "gt",
  gte: "gte",
  lt: "lt",
  lte: "lte",
  ne: "ne",
  in: "in",
  nin: "nin",
  exists: "exists",
  regex: "regex",
};

const RESERVED = new Set(["page", "per_page", "sort", "where", "include_deleted"]);

/** Craft Easy's coercion of a query-string value (craft-easy.md §6.1). */
export function coerceQueryValue(text: string): unknown {
  const lower = text.toLowerCase();
  if (lower === "true") return true;
  if (lower === "false") return false;
  if (lower === "null" || lower === "none") return null;
  if (/^-?\d+$/.test(text)) return Number.parseInt(text, 10);
  if (/^-?(\d+\.\d*|\.\d+|\d+(\.\d*)?[eE][-+]?\d+)$/.test(text)) return Number.parseFloat(text);
  if (/^[0-9a-fA-F]{24}$/.test(text)) return new ObjectIdValue(text);
  return text;
}

/** Internal field name for a query key (`_id` and `id` both address the record id). */
export function storeField(name: string): string {
  return name === "_id" ? "id" : name;
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

class QueryError extends Error {
  readonly issue: ValidationIssue;
  constructor(issue: ValidationIssue) {
    super(issue.msg);
    this.issue = issue;
  }
}

function compileRegex(source: unknown, flags: string, loc: (string | number)[]): RegExp {
  if (typeof source !== "string") throw new QueryError({ loc, msg: "Regular expression must be a string", type: "string_type", input: source });
  try {
    return new RegExp(source, flags);
  } catch {
    throw new QueryError({ loc, msg: `Invalid regular expression: ${source}`, type: "value_error", input: source });
  }
}

function cmp(field: string, op: CompareOp, value: unknown): Predicate {
  return { kind: "cmp", field: storeField(field), op, value };
}

const WHERE_OPS: Record<string, CompareOp> = {
  $eq: "eq",
  $ne: "ne",
  $gt: "gt",
  $gte: "gte",
  $lt: "lt",
  $lte: "lte",
  $in: "in",
  $nin: "nin",
  $exists: "exists",
};

function whereField(field: string, spec: unknown, loc: (string | number)[]): Predicate {
  if (!isRecord(spec) || !Object.keys(spec).some((k) => k.startsWith("$"))) return cmp(field, "eq", spec);
  const parts: Predicate[] = [];
  for (const [op, value] of Object.entries(spec)) {
    if (op === "$options") continue;
    if (op === "$regex") {
      const options = typeof spec.$options === "string" ? spec.$options : "";
      const flags = [...new Set(options.split("").filter((c) => "imsu".includes(c)))].join("");
      parts.push(cmp(field, "regex", compileRegex(value, flags, [...loc, op])));
    } else if (op === "$not") {
      parts.push({ kind: "not", item: whereField(field, value, [...loc, op]) });
    } else if (WHERE_OPS[op]) {
      if ((op === "$in" || op === "$nin") && !Array.isArray(value)) {
        throw new QueryError({ loc: [...loc, op], msg: `${op} needs an array`, type: "list_type", input: value });
      }
      parts.push(cmp(field, WHERE_OPS[op], value));
    } else {
      throw new QueryError({ loc: [...loc, op], msg: `Unsupported operator ${op}`, type: "value_error", input: value });
    }
  }
  return parts.length === 1 ? parts[0]! : { kind: "and", items: parts };
}

export function whereToPredicate(where: unknown, loc: (string | number)[] = ["query", "where"]): Predicate {
  if (!isRecord(where)) throw new QueryError({ loc, msg: "where must be a JSON object", type: "dict_type", input: where });
  const items: Predicate[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (key === "$or" || key === "$and" || key === "$nor") {
      if (!Array.isArray(value) || value.length === 0) throw new QueryError({ loc: [...loc, key], msg: `${key} needs a non-empty array`, type: "list_type", input: value });
      const branches = value.map((b, i) => whereToPredicate(b, [...loc, key, i]));
      items.push({ kind: key === "$or" ? "or" : key === "$and" ? "and" : "nor", items: branches });
    } else if (key.startsWith("$")) {
      throw new QueryError({ loc: [...loc, key], msg: `Unsupported operator ${key}`, type: "value_error", input: value });
    } else {
      items.push(whereField(key, value, [...loc, key]));
    }
  }
  return { kind: "and", items };
}

function parseIntParam(params: URLSearchParams, name: string, fallback: number, min: number, issues: ValidationIssue[]): number {
  const raw = params.get(name);
  if (raw === null || raw === "") return fallback;
  if (!/^-?\d+$/.test(raw.trim())) {
    issues.push({ loc: ["query", name], msg: "Input should be a valid integer, unable to parse string as an integer", type: "int_parsing", input: raw });
    return fallback;
  }
  const n = Number.parseInt(raw, 10);
  if (n < min) {
    issues.push({ loc: ["query", name], msg: `Input should be greater than or equal to ${min}`, type: "greater_than_equal", input: raw });
    return fallback;
  }
  return n;
}

export function parseSort(text: string | null): SortSpec[] | undefined {
  if (!text) return undefined;
  const keys = text
    .split(",")
    .map((k) => k.trim())
    .filter((k) => k && k !== "-" && k !== "+")
    .map((k) => (k.startsWith("-") ? { field: storeField(k.slice(1)), desc: true } : { field: storeField(k.replace(/^\+/, "")), desc: false }));
  return keys.length > 0 ? keys : undefined;
}

export interface ParseOptions {
  defaultPerPage?: number;
  /** Name of the free-text search parameter, when the server offers one. */
  searchParam?: string;
}

/** Parses a Craft Easy list query. Returns the issues (422 details) when it is invalid. */
export function parseListQuery(params: URLSearchParams, options: ParseOptions = {}): { ok: true; query: ParsedListQuery } | { ok: false; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const page = parseIntParam(params, "page", 1, 1, issues);
  const perPage = Math.min(MAX_PER_PAGE, parseIntParam(params, "per_page", options.defaultPerPage ?? DEFAULT_PER_PAGE, 1, issues));
  const items: Predicate[] = [];
  let search: string | undefined;
  for (const [key, raw] of params) {
    if (RESERVED.has(key)) continue;
    if (options.searchParam && key === options.searchParam) {
      search = raw;
      continue;
    }
    try {
      const cut = key.lastIndexOf("__");
      const suffix = cut > 0 ? key.slice(cut + 2) : "";
      const op = SUFFIXES[suffix];
      if (!op) {
        items.push(cmp(key, "eq", coerceQueryValue(raw)));
        continue;
      }
      const field = key.slice(0, cut);
      if (op === "in" || op === "nin") items.push(cmp(field, op, raw === "" ? [] : raw.split(",").map(coerceQueryValue)));
      else if (op === "exists") items.push(cmp(field, op, coerceQueryValue(raw) === true || raw === "1"));
      else if (op === "regex") items.push(cmp(field, op, compileRegex(raw, "i", ["query", key])));
      else items.push(cmp(field, op, coerceQueryValue(raw)));
    } catch (e) {
      if (e instanceof QueryError) issues.push(e.issue);
      else throw e;
    }
  }
  const whereText = params.get("where");
  if (whereText !== null && whereText !== "") {
    try {
      let parsed: unknown;
      try {
        parsed = JSON.parse(whereText);
      } catch {
        throw new QueryError({ loc: ["query", "where"], msg: "where is not valid JSON", type: "json_invalid", input: whereText });
      }
      items.push(whereToPredicate(parsed));
    } catch (e) {
      if (e instanceof QueryError) issues.push(e.issue);
      else throw e;
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    query: {
      where: items.length === 0 ? undefined : items.length === 1 ? items[0] : { kind: "and", items },
      sort: parseSort(params.get("sort")),
      page,
      perPage,
      includeDeleted: params.get("include_deleted") === "true",
      search,
    },
  };
}
