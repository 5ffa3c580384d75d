// Validates a write body against a resource's FieldSchema map, the way Pydantic would for the
// model behind it (lax mode: numeric strings become numbers, "true"/"yes"/"1" booleans), and
// reports Pydantic-style issues {loc: ["body", field, ...], msg, type, input}.
import type { FieldSchema } from "../../protocol/types.ts";
import type { ValidationIssue } from "./types.ts";
import { isObjectId } from "../object-id.ts";
import { SERVER_MANAGED_FIELDS } from "../../protocol/server-managed.ts";
import type { Doc } from "../store/types.ts";

export type WriteMode = "create" | "update" | "replace";

export interface ValidateOptions {
  /** Does a live record with this id exist behind the relation endpoint? */
  relationExists: (endpoint: string, id: string) => boolean;
}

const LIST_WIDGETS = new Set(["tags", "multiselect"]);
const TRUE_TEXT = new Set(["true", "1", "yes", "on", "t", "y"]);
const FALSE_TEXT = new Set(["false", "0", "no", "off", "f", "n"]);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?$/;

type Kind = "string" | "number" | "integer" | "boolean" | "date" | "datetime" | "time" | "dict" | "list";

export function fieldKind(f: FieldSchema): Kind {
  if (LIST_WIDGETS.has(f.widget)) return "list";
  if (f.widget === "datetime") return "datetime";
  if (f.widget === "date") return "date";
  if (f.widget === "time") return "time";
  if (f.type === "boolean" || f.widget === "checkbox" || f.widget === "switch") return "boolean";
  if (f.type === "integer" || f.widget === "integer") return "integer";
  if (f.type === "number" || f.widget === "number" || f.widget === "slider") return "number";
  if (f.type === "json" || f.widget === "json") return "dict";
  if (f.type === "date") return "datetime";
  return "string";
}

/** Value a field gets on create when the body leaves it out. */
export function defaultValue(f: FieldSchema): unknown {
  const kind = fieldKind(f);
  return kind === "boolean" ? false : kind === "list" ? [] : null;
}

function validDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

function typeIssue(kind: Kind, loc: (string | number)[], input: unknown): ValidationIssue {
  const table: Record<Kind, [string, string]> = {
    string: ["Input should be a valid string", "string_type"],
    number: ["Input should be a valid number", "float_type"],
    integer: ["Input should be a valid integer", "int_type"],
    boolean: ["Input should be a valid boolean", "bool_type"],
    date: ["Input should be a valid date", "date_type"],
    datetime: ["Input should be a valid datetime", "datetime_type"],
    time: ["Input should be a valid time", "time_type"],
    dict: ["Input should be a valid dictionary", "dict_type"],
    list: ["Input should be a valid list", "list_type"],
  };
  const [msg, type] = table[kind];
  return { loc, msg, type, input };
}

/** Type check + lax coercion of one non-null value. Returns the stored value or an issue. */
function coerce(f: FieldSchema, value: unknown, loc: (string | number)[]): { value: unknown } | { issue: ValidationIssue } {
  const kind = fieldKind(f);
  switch (kind) {
    case "number": {
      if (typeof value === "number" && Number.isFinite(value)) return { value };
      if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return { value: Number(value) };
      if (typeof value === "string") return { issue: { loc, msg: "Input should be a valid number, unable to parse string as a number", type: "float_parsing", input: value } };
      return { issue: typeIssue(kind, loc, value) };
    }
    case "integer": {
      const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
      if (typeof value !== "number" && typeof value !== "string") return { issue: typeIssue(kind, loc, value) };
      if (!Number.isFinite(n)) return { issue: { loc, msg: "Input should be a valid integer, unable to parse string as an integer", type: "int_parsing", input: value } };
      if (!Number.isInteger(n)) return { issue: { loc, msg: "Input should be a valid integer, got a number with a fractional part", type: "int_from_float", input: value } };
      return { value: n };
    }
    case "boolean": {
      if (typeof value === "boolean") return { value };
      if (value === 0 || value === 1) return { value: value === 1 };
      if (typeof value === "string") {
        const t = value.trim().toLowerCase();
        if (TRUE_TEXT.has(t)) return { value: true };
        if (FALSE_TEXT.has(t)) return { value: false };
        return { issue: { loc, msg: "Input should be a valid boolean, unable to interpret input", type: "bool_parsing", input: value } };
      }
      return { issue: typeIssue(kind, loc, value) };
    }
    case "date": {
      if (typeof value !== "string") return { issue: typeIssue(kind, loc, value) };
      if (!validDate(value)) return { issue: { loc, msg: "Input should be a valid date in the format YYYY-MM-DD", type: "date_parsing", input: value } };
      return { value };
    }
    case "datetime": {
      if (typeof value !== "string") return { issue: typeIssue(kind, loc, value) };
      const trimmed = value.trim();
      if (!DATETIME.test(trimmed) || !validDate(trimmed.slice(0, 10))) {
        return { issue: { loc, msg: "Input should be a valid datetime", type: "datetime_parsing", input: value } };
      }
      const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(trimmed) && trimmed.length > 10;
      const text = trimmed.length === 10 ? `${trimmed}T00:00:00Z` : hasZone ? trimmed.replace(" ", "T") : `${trimmed.replace(" ", "T")}Z`;
      const ms = Date.parse(text);
      if (Number.isNaN(ms)) return { issue: { loc, msg: "Input should be a valid datetime", type: "datetime_parsing", input: value } };
      return { value: new Date(ms).toISOString() };
    }
    case "time": {
      if (typeof value !== "string") return { issue: typeIssue(kind, loc, value) };
      if (!TIME.test(value)) return { issue: { loc, msg: "Input should be in a valid time format", type: "time_parsing", input: value } };
      return { value };
    }
    case "dict": {
      if (typeof value === "object" && value !== null && !Array.isArray(value)) return { value };
      return { issue: typeIssue(kind, loc, value) };
    }
    case "list": {
      if (!Array.isArray(value)) return { issue: typeIssue(kind, loc, value) };
      return { value };
    }
    case "string": {
      if (typeof value !== "string") return { issue: typeIssue(kind, loc, value) };
      return { value };
    }
  }
}

function tryRegExp(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern);
  } catch {
    return null;
  }
}

function tryUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function checkString(f: FieldSchema, value: string, loc: (string | number)[], issues: ValidationIssue[], opts: ValidateOptions): void {
  if (f.min_length !== undefined && value.length < f.min_length) {
    issues.push({ loc, msg: `String should have at least ${f.min_length} character${f.min_length === 1 ? "" : "s"}`, type: "string_too_short", input: value });
    return;
  }
  if (f.max_length !== undefined && value.length > f.max_length) {
    issues.push({ loc, msg: `String should have at most ${f.max_length} character${f.max_length === 1 ? "" : "s"}`, type: "string_too_long", input: value });
    return;
  }
  if (f.pattern !== undefined) {
    const re = tryRegExp(f.pattern);
    if (re && !re.test(value)) {
      issues.push({ loc, msg: `String should match pattern '${f.pattern}'`, type: "string_pattern_mismatch", input: value });
      return;
    }
  }
  if (f.widget === "email" && !EMAIL.test(value)) {
    issues.push({ loc, msg: "value is not a valid email address: An email address must have an @-sign and a domain.", type: "value_error", input: value });
    return;
  }
  if (f.widget === "url") {
    const url = tryUrl(value);
    if (!url) {
      issues.push({ loc, msg: "Input should be a valid URL, relative URL without a base", type: "url_parsing", input: value });
      return;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      issues.push({ loc, msg: "URL scheme should be 'http' or 'https'", type: "url_scheme", input: value });
      return;
    }
  }
  checkChoice(f, value, loc, issues, opts);
}

function checkChoice(f: FieldSchema, value: string, loc: (string | number)[], issues: ValidationIssue[], opts: ValidateOptions): void {
  if (f.options && f.options.length > 0 && !f.options.some((o) => o.value === value)) {
    const names = f.options.map((o) => `'${o.value}'`);
    const expected = names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}` : names[0];
    issues.push({ loc, msg: `Input should be ${expected}`, type: "enum", input: value });
    return;
  }
  if (f.relation) {
    const target = f.relation.endpoint.replace(/^\//, "");
    if (!isObjectId(value)) {
      issues.push({ loc, msg: "Value error, Id must be a 24-character hex string", type: "value_error", input: value });
    } else if (!opts.relationExists(f.relation.endpoint, value.toLowerCase())) {
      issues.push({ loc, msg: `Value error, ${target} record ${value} does not exist`, type: "value_error", input: value });
    }
  }
}

function checkNumber(f: FieldSchema, value: number, loc: (string | number)[], issues: ValidationIssue[]): void {
  if (typeof f.min === "number" && value < f.min) issues.push({ loc, msg: `Input should be greater than or equal to ${f.min}`, type: "greater_than_equal", input: value });
  else if (typeof f.max === "number" && value > f.max) issues.push({ loc, msg: `Input should be less than or equal to ${f.max}`, type: "less_than_equal", input: value });
}

function checkDateBounds(f: FieldSchema, value: string, loc: (string | number)[], issues: ValidationIssue[]): void {
  if (typeof f.min === "string" && value < f.min) issues.push({ loc, msg: `Input should be greater than or equal to ${f.min}`, type: "greater_than_equal", input: value });
  else if (typeof f.max === "string" && value.slice(0, f.max.length) > f.max) issues.push({ loc, msg: `Input should be less than or equal to ${f.max}`, type: "less_than_equal", input: value });
}

function checkList(f: FieldSchema, value: unknown[], loc: (string | number)[], issues: ValidationIssue[], opts: ValidateOptions): unknown[] {
  if (f.min_length !== undefined && value.length < f.min_length) {
    issues.push({ loc, msg: `List should have at least ${f.min_length} item${f.min_length === 1 ? "" : "s"} after validation, not ${value.length}`, type: "too_short", input: value });
  }
  if (f.max_length !== undefined && value.length > f.max_length) {
    issues.push({ loc, msg: `List should have at most ${f.max_length} item${f.max_length === 1 ? "" : "s"} after validation, not ${value.length}`, type: "too_long", input: value });
  }
  const out: unknown[] = [];
  value.forEach((el, i) => {
    if (typeof el !== "string") {
      issues.push({ loc: [...loc, i], msg: "Input should be a valid string", type: "string_type", input: el });
      return;
    }
    checkChoice(f, el, [...loc, i], issues, opts);
    out.push(f.relation ? el.toLowerCase() : el);
  });
  return out;
}

function isMissing(v: unknown): boolean {
  return v === undefined;
}

/**
 * Validates `body` for a write. `fields` are the fields the caller may see; readonly ones and
 * server-managed names are ignored, unknown keys are dropped (Pydantic's default "ignore").
 * For "create"/"replace", absent optional fields get their defaults.
 */
export function validateBody(fields: Record<string, FieldSchema>, body: unknown, mode: WriteMode, opts: ValidateOptions): { data: Doc; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const data: Doc = {};
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { data, issues: [{ loc: ["body"], msg: "Input should be a valid dictionary or object to extract fields from", type: "model_attributes_type", input: body }] };
  }
  const input = body as Doc;
  for (const [name, f] of Object.entries(fields)) {
    if (SERVER_MANAGED_FIELDS.includes(name)) continue;
    if (f.readonly) {
      if (mode !== "update") data[name] = defaultValue(f);
      continue;
    }
    const loc = ["body", name];
    const raw = input[name];
    if (isMissing(raw)) {
      if (mode === "update") continue;
      if (f.required) issues.push({ loc, msg: "Field required", type: "missing", input: body });
      else data[name] = defaultValue(f);
      continue;
    }
    if (raw === null) {
      if (f.required) issues.push(typeIssue(fieldKind(f), loc, raw));
      else data[name] = fieldKind(f) === "list" ? [] : null;
      continue;
    }
    const c = coerce(f, raw, loc);
    if ("issue" in c) {
      issues.push(c.issue);
      continue;
    }
    const kind = fieldKind(f);
    let value = c.value;
    if (kind === "string" && typeof value === "string") {
      if (f.relation) value = value.toLowerCase();
      checkString(f, value as string, loc, issues, opts);
    } else if ((kind === "number" || kind === "integer") && typeof value === "number") checkNumber(f, value, loc, issues);
    else if ((kind === "date" || kind === "datetime") && typeof value === "string") checkDateBounds(f, value, loc, issues);
    else if (kind === "list" && Array.isArray(value)) value = checkList(f, value, loc, issues, opts);
    data[name] = value;
  }
  return { data, issues };
}
