// Client-side validation and text coercion of field values, driven only by FieldSchema
// (craft-easy.md §3.2). The record form and the import wizard use these same functions, so a
// value accepted by one is accepted by the other.
//
// Rules taken from the protocol:
// - `required` is ignored for readonly fields (readonly values are never checked at all: the
//   user cannot change them and they are never sent).
// - `pattern` is compiled with `new RegExp(pattern)` inside try and tested as a search, without
//   added anchors (Pydantic semantics). A pattern that does not compile is skipped. Python-only
//   syntax with an exact JS equivalent (`\A`, `\Z`, `(?P<name>`) is translated first.
// - `min`/`max` on a date field are honoured only when they are ISO 8601 strings; on number
//   fields only numeric bounds count.
// - `options[].value` is always a string; number/integer and boolean fields convert the chosen
//   value; multi-select fields hold arrays.
// - `type: "integer"` is a number with step 1; an unknown type is handled as "string".
import type { FieldSchema, SelectOption } from "./types.ts";

export interface ValidationContext {
  mode: "create" | "edit";
}

export type DateOrder = "DMY" | "MDY" | "YMD";

export interface CoerceOptions {
  /** BCP 47 locale of the file's author, e.g. "de-DE"; decides ambiguous numbers and dates. */
  locale?: string;
  /** Order of day, month and year in slash/dot/dash dates (see detectDateOrder). */
  dateOrder?: DateOrder;
  /** Decimal separator of the file, when known (see detectDecimalSeparator). */
  decimal?: "." | ",";
}

export type CoerceResult = { ok: true; value: unknown } | { ok: false; error: string };

/** How a field's value is handled, resolved from `widget`, `relation`, `options` and `type`. */
export type ValueKind = "string" | "number" | "boolean" | "date" | "json" | "select" | "multi" | "relation";

const MULTI_WIDGETS = new Set(["multiselect", "multi-select", "multi_select", "tags", "checkboxes", "multicheckbox"]);
const BOOLEAN_WIDGETS = new Set(["checkbox", "toggle", "switch", "boolean"]);
const DATE_WIDGETS = new Set(["date", "datetime", "date-time", "datetime-local", "date_time"]);
const NUMBER_TYPES = new Set(["number", "integer", "float", "decimal"]);

/** The label shown for a field: `label`, else the name with `_` as spaces, first letter capitalised. */
export function fieldLabel(name: string, field: Pick<FieldSchema, "label">): string {
  if (field.label) return field.label;
  const spaced = name.replace(/_/g, " ").trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function valueKind(field: FieldSchema): ValueKind {
  const widget = (field.widget ?? "").toLowerCase();
  if (MULTI_WIDGETS.has(widget)) return "multi";
  if (widget === "relation" || field.relation) return "relation";
  if (widget === "select" || (field.options && field.options.length > 0)) return "select";
  const type = (field.type ?? "").toLowerCase();
  if (type === "boolean" || BOOLEAN_WIDGETS.has(widget)) return "boolean";
  if (type === "date" || type === "datetime" || DATE_WIDGETS.has(widget)) return "date";
  if (NUMBER_TYPES.has(type) || widget === "number") return "number";
  if (type === "json" || widget === "json") return "json";
  return "string";
}

function isIntegerField(field: FieldSchema): boolean {
  return (field.type ?? "").toLowerCase() === "integer";
}

/** null, undefined, "" (after trim) and [] are empty. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

// ---------------------------------------------------------------- validation

/**
 * Validates one value against its FieldSchema. Returns a human message or null when valid.
 * In edit mode an empty password field means "unchanged" and is not required.
 */
export function validateFieldValue(
  name: string,
  field: FieldSchema,
  value: unknown,
  ctx: ValidationContext = { mode: "create" },
): string | null {
  if (field.readonly) return null;
  const kind = valueKind(field);
  if (isEmptyValue(value)) {
    if (!field.required) return null;
    if (ctx.mode === "edit" && (field.widget ?? "").toLowerCase() === "password") return null;
    return `${fieldLabel(name, field)} is required`;
  }
  switch (kind) {
    case "multi":
      return validateMulti(field, value);
    case "select":
      return validateSelect(field, value);
    case "relation":
      return null;
    case "boolean":
      return validateBoolean(value);
    case "number":
      return validateNumber(field, value);
    case "date":
      return validateDate(field, value);
    case "json":
      return validateJson(value);
    case "string":
      return validateString(field, value);
  }
}

function optionList(options: SelectOption[]): string {
  const labels = options.map((o) => o.label || o.value);
  return labels.length > 10 ? `${labels.slice(0, 10).join(", ")}, …` : labels.join(", ");
}

function validateSelect(field: FieldSchema, value: unknown): string | null {
  const options = field.options ?? [];
  if (options.length === 0) return null;
  if (!options.some((o) => o.value === String(value))) return `Must be one of: ${optionList(options)}`;
  return null;
}

function validateMulti(field: FieldSchema, value: unknown): string | null {
  if (!Array.isArray(value)) return "Must be a list of values";
  const options = field.options ?? [];
  if (options.length > 0) {
    const allowed = new Set(options.map((o) => o.value));
    for (const v of value) if (!allowed.has(String(v))) return `Must be one of: ${optionList(options)}`;
    return null;
  }
  const regex = compilePattern(field.pattern);
  for (const v of value) {
    const s = String(v);
    if (field.max_length !== undefined && codePoints(s) > field.max_length) return `Each value must be at most ${plural(field.max_length, "character")}`;
    if (regex && !regex.test(s)) return "Must match the required format";
  }
  return null;
}

function validateBoolean(value: unknown): string | null {
  if (typeof value === "boolean") return null;
  if (value === "true" || value === "false") return null;
  return "Must be true or false";
}

function toNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string" && /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(value)) return Number(value);
  return null;
}

function formatNumber(n: number): string {
  return String(n);
}

function validateNumber(field: FieldSchema, value: unknown): string | null {
  const n = toNumber(value);
  if (n === null) return "Must be a number";
  const step = isIntegerField(field) ? (field.step && field.step > 0 ? field.step : 1) : field.step;
  if (isIntegerField(field) && !Number.isInteger(n)) return "Must be a whole number";
  const min = typeof field.min === "number" ? field.min : undefined;
  const max = typeof field.max === "number" ? field.max : undefined;
  if (min !== undefined && n < min) return `Must be ${formatNumber(min)} or more`;
  if (max !== undefined && n > max) return `Must be ${formatNumber(max)} or less`;
  if (step !== undefined && step > 0) {
    const base = min ?? 0;
    const q = (n - base) / step;
    if (Math.abs(q - Math.round(q)) > 1e-9 * Math.max(1, Math.abs(q))) {
      return step === 1 ? "Must be a whole number" : `Must be in steps of ${formatNumber(step)}`;
    }
  }
  return null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function isValidYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
  return d <= days;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** True for an ISO 8601 date (`YYYY-MM-DD`) or date-time with a real calendar date and time. */
export function isIsoDateString(s: string): boolean {
  const d = ISO_DATE.exec(s);
  if (d) return isValidYmd(Number(d[1]), Number(d[2]), Number(d[3]));
  const t = ISO_DATE_TIME.exec(s);
  if (!t) return false;
  if (!isValidYmd(Number(t[1]), Number(t[2]), Number(t[3]))) return false;
  return Number(t[4]) <= 23 && Number(t[5]) <= 59 && (t[6] === undefined || Number(t[6]) <= 59);
}

/** A sortable number for an ISO date/date-time; date-only and naive values are read as UTC. */
function isoSortKey(s: string): number {
  if (ISO_DATE.test(s)) return Date.parse(`${s}T00:00:00Z`);
  const t = ISO_DATE_TIME.exec(s);
  if (t && t[7] === undefined) return Date.parse(`${s.replace(" ", "T")}Z`);
  return Date.parse(s.replace(" ", "T"));
}

function validateDate(field: FieldSchema, value: unknown): string | null {
  let s: string;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return "Must be a valid date";
    s = value.toISOString();
  } else if (typeof value === "string") {
    s = value.trim();
  } else {
    return "Must be a valid date";
  }
  if (!isIsoDateString(s)) return "Must be a valid date";
  const key = isoSortKey(s);
  if (typeof field.min === "string" && isIsoDateString(field.min) && key < isoSortKey(field.min)) {
    return `Must be on or after ${field.min}`;
  }
  if (typeof field.max === "string" && isIsoDateString(field.max) && key > isoSortKey(field.max)) {
    return `Must be on or before ${field.max}`;
  }
  return null;
}

function validateJson(value: unknown): string | null {
  if (typeof value !== "string") return null;
  try {
    JSON.parse(value);
    return null;
  } catch {
    return "Must be valid JSON";
  }
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const COLOR = /^#([0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?$/;

function isValidUrl(s: string): boolean {
  if (!/^[a-z][a-z\d+.-]*:\/\/\S+$/i.test(s)) return false;
  try {
    const u = new URL(s);
    return u.hostname !== "" || u.protocol === "file:";
  } catch {
    return false;
  }
}

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function validateString(field: FieldSchema, value: unknown): string | null {
  if (typeof value === "object") return "Must be text";
  const s = String(value);
  const len = codePoints(s);
  if (field.min_length !== undefined && len < field.min_length) return `Must be at least ${plural(field.min_length, "character")}`;
  if (field.max_length !== undefined && len > field.max_length) return `Must be at most ${plural(field.max_length, "character")}`;
  const widget = (field.widget ?? "").toLowerCase();
  if (widget === "email" && !EMAIL.test(s)) return "Must be a valid email address";
  if (widget === "url" && !isValidUrl(s)) return "Must be a valid URL";
  if ((widget === "color" || widget === "colour") && !COLOR.test(s)) return "Must be a colour like #1a2b3c";
  if (widget === "time" && !TIME.test(s)) return "Must be a valid time (HH:MM)";
  const regex = compilePattern(field.pattern);
  if (regex && !regex.test(s)) return "Must match the required format";
  return null;
}

const patternCache = new Map<string, RegExp | null>();

/** Translates the Python-only spellings that have exact JS equivalents; escapes are kept intact. */
function pythonToJsPattern(pattern: string): string {
  return pattern
    .replace(/\\(.)/gs, (m: string, c: string) => (c === "A" ? "^" : c === "Z" || c === "z" ? "$" : m))
    .replace(/\(\?P</g, "(?<")
    .replace(/\(\?P=(\w+)\)/g, "\\k<$1>");
}

/** The field's pattern compiled for a search test, or null when absent or not compilable. */
export function compilePattern(pattern: string | undefined): RegExp | null {
  if (!pattern) return null;
  const cached = patternCache.get(pattern);
  if (cached !== undefined) return cached;
  let regex: RegExp | null;
  try {
    regex = new RegExp(pythonToJsPattern(pattern));
  } catch {
    regex = null;
  }
  if (patternCache.size > 500) patternCache.clear();
  patternCache.set(pattern, regex);
  return regex;
}

// ---------------------------------------------------------------- coercion from text

const TRUE_WORDS = new Set(["true", "t", "1", "yes", "y", "on", "x", "✓", "ja", "j", "oui", "si", "sí", "sim", "да", "wahr"]);
const FALSE_WORDS = new Set(["false", "f", "0", "no", "n", "off", "nein", "nej", "non", "não", "nao", "нет", "falsch"]);

/** Booleans from true/false, 1/0, yes/no, y/n, on/off (any case) and a few common languages. */
export function parseBooleanText(text: string): boolean | null {
  const s = text.trim().toLowerCase();
  if (TRUE_WORDS.has(s)) return true;
  if (FALSE_WORDS.has(s)) return false;
  return null;
}

function localeSeparators(locale: string | undefined): { decimal: string; group: string } | null {
  if (!locale) return null;
  try {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    const decimal = parts.find((p) => p.type === "decimal")?.value ?? ".";
    const group = parts.find((p) => p.type === "group")?.value ?? ",";
    return { decimal, group };
  } catch {
    return null;
  }
}

const GROUP_SPACES = /[\s\u00a0\u202f\u2009'’_]/g;
const HAS_GROUP_SPACE = /[\s\u00a0\u202f\u2009'’_]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Reads a number written by a person or a spreadsheet: "1234.5", "1,234.5", "1.234,5" (de),
 * "1 234,5" (fr, with any kind of space), "1'234.5" (ch), "-3", "+2", "1e3". Without a locale
 * or decimal hint, a lone separator followed by exactly three digits ("1,234") is a
 * thousands separator when it is a comma and a decimal point when it is a dot.
 */
export function parseNumberText(text: string, opts: Pick<CoerceOptions, "locale" | "decimal"> = {}): number | null {
  let s = text.trim().replace(/^\((.*)\)$/, "-$1");
  s = s.replace(/^([+-])\s+/, "$1");
  if (s === "") return null;
  if (HAS_GROUP_SPACE.test(s)) {
    // spaces/apostrophes are only group separators between digit groups
    if (!/^[+-]?\d{1,3}([\s\u00a0\u202f\u2009'’_]\d{3})+([.,]\d+)?$/.test(s)) return null;
    s = s.replace(GROUP_SPACES, "");
  }
  const sign = s.startsWith("-") ? "-" : "";
  const body = s.replace(/^[+-]/, "");
  if (/e/i.test(body)) return PLAIN_NUMBER.test(s) ? Number(s) : null;
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return null;
  const dots = (body.match(/\./g) ?? []).length;
  const commas = (body.match(/,/g) ?? []).length;
  let decimal: "." | "," | null;
  if (dots > 0 && commas > 0) {
    decimal = body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
  } else if (dots + commas === 0) {
    decimal = null;
  } else {
    const sep = dots > 0 ? "." : ",";
    const other = sep === "." ? "," : ".";
    const grouped = new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(body);
    if (dots + commas > 1) {
      if (!grouped) return null;
      decimal = other;
    } else if (!grouped) {
      decimal = sep; // "1,5" and "1.5" are decimals whatever the file's convention
    } else if (opts.decimal) {
      decimal = opts.decimal === sep ? sep : other;
    } else {
      const loc = localeSeparators(opts.locale);
      decimal = loc ? (loc.group === sep ? other : sep) : ".";
    }
  }
  let normalised = body;
  if (decimal) {
    const group = decimal === "." ? "," : ".";
    const [intPart = "", fracPart, extra] = body.split(decimal);
    if (extra !== undefined) return null;
    if (intPart.includes(group)) {
      if (!new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(intPart)) return null;
    }
    if (fracPart !== undefined && fracPart.includes(group)) return null;
    normalised = intPart.split(group).join("") + (fracPart !== undefined ? `.${fracPart}` : "");
  }
  if (!PLAIN_NUMBER.test(normalised)) return null;
  const n = Number(sign + normalised);
  return Number.isFinite(n) ? n : null;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function expandYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

function defaultOrderFor(locale: string | undefined): DateOrder {
  if (!locale) return "DMY";
  const region = locale.split(/[-_]/)[1]?.toUpperCase();
  if (region && ["US", "PH", "FM", "MH", "PW", "BZ"].includes(region)) return "MDY";
  if (locale.toLowerCase() === "en") return "MDY";
  return "DMY";
}

const TIME_PART = /^(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*([ap]\.?m\.?)?$/i;

function parseTimeText(text: string): string | null {
  const m = TIME_PART.exec(text.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const sec = m[3] !== undefined ? Number(m[3]) : 0;
  const ampm = m[5]?.toLowerCase().replace(/\./g, "");
  if (ampm) {
    if (h < 1 || h > 12) return null;
    if (ampm === "am" && h === 12) h = 0;
    if (ampm === "pm" && h !== 12) h += 12;
  }
  if (h > 23 || min > 59 || sec > 59) return null;
  return `${pad(h)}:${pad(min)}:${pad(sec)}${m[4] ?? ""}`;
}

const NUMERIC_DATE = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})$/;

/**
 * Reads a date or date-time into ISO 8601: "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS" (no offset
 * unless the text had one). Accepts ISO, "yyyy/mm/dd", "dd.mm.yyyy", and "a/b/yyyy" or
 * "a-b-yyyy" in the given order (else the unambiguous reading, else the locale's order).
 */
export function parseDateText(text: string, opts: Pick<CoerceOptions, "locale" | "dateOrder"> = {}): string | null {
  const s = text.trim();
  if (isIsoDateString(s)) {
    if (ISO_DATE.test(s)) return s;
    const t = ISO_DATE_TIME.exec(s);
    if (t && t[6] === undefined) {
      // complete seconds so every naive date-time has one shape
      return `${t[1]}-${t[2]}-${t[3]}T${t[4]}:${t[5]}:00${t[7] ?? ""}`;
    }
    return s.replace(" ", "T");
  }
  const split = /^(\S+)(?:[ T]+(.+))?$/.exec(s);
  if (!split) return null;
  const datePart = split[1] ?? "";
  const timePart = split[2];
  const m = NUMERIC_DATE.exec(datePart);
  if (!m) return null;
  const [, a = "", sep = "", b = "", c = ""] = m;
  let y: number, mo: number, d: number;
  if (a.length === 4) {
    if (c.length > 2) return null;
    y = Number(a);
    mo = Number(b);
    d = Number(c);
  } else {
    if (a.length > 2 || (c.length !== 2 && c.length !== 4)) return null;
    let order: DateOrder | undefined = opts.dateOrder && opts.dateOrder !== "YMD" ? opts.dateOrder : undefined;
    if (!order) {
      if (sep === ".") order = "DMY";
      else if (Number(a) > 12) order = "DMY";
      else if (Number(b) > 12) order = "MDY";
      else order = defaultOrderFor(opts.locale);
    }
    y = expandYear(c);
    d = Number(order === "DMY" ? a : b);
    mo = Number(order === "DMY" ? b : a);
  }
  if (!isValidYmd(y, mo, d)) return null;
  const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  if (timePart === undefined) return date;
  const time = parseTimeText(timePart);
  return time ? `${date}T${time}` : null;
}

/**
 * The order of day/month/year in a column of dates: YMD when they start with a 4-digit year;
 * DMY or MDY when some value has a part above 12; DMY for dot-separated dates. Null when the
 * samples hold no numeric dates or contradict each other.
 */
export function detectDateOrder(samples: string[]): DateOrder | null {
  let ymd = 0;
  let dmy = 0;
  let mdy = 0;
  let dotted = 0;
  let numeric = 0;
  for (const raw of samples) {
    const datePart = raw.trim().split(/[ T]/)[0] ?? "";
    const m = NUMERIC_DATE.exec(datePart);
    if (!m) continue;
    numeric++;
    const [, a = "", sep = "", b = ""] = m;
    if (a.length === 4) {
      ymd++;
      continue;
    }
    if (sep === ".") dotted++;
    if (Number(a) > 12 && Number(b) <= 12) dmy++;
    else if (Number(b) > 12 && Number(a) <= 12) mdy++;
  }
  if (numeric === 0) return null;
  if (ymd === numeric) return "YMD";
  if (dmy > 0 && mdy > 0) return null;
  if (dmy > 0) return "DMY";
  if (mdy > 0) return "MDY";
  if (dotted > 0) return "DMY";
  return null;
}

/** The decimal separator a column of numbers uses, or null when the samples do not tell. */
export function detectDecimalSeparator(samples: string[]): "." | "," | null {
  let comma = 0;
  let dot = 0;
  for (const raw of samples) {
    const s = raw.trim().replace(GROUP_SPACES, "");
    if (!/^[+-]?[\d.,]+$/.test(s)) continue;
    const lastDot = s.lastIndexOf(".");
    const lastComma = s.lastIndexOf(",");
    if (lastDot >= 0 && lastComma >= 0) {
      if (lastComma > lastDot) comma++;
      else dot++;
      continue;
    }
    const sep = lastDot >= 0 ? "." : lastComma >= 0 ? "," : null;
    if (!sep) continue;
    const digitsAfter = s.length - (sep === "." ? lastDot : lastComma) - 1;
    const count = s.split(sep).length - 1;
    if (count > 1) {
      if (sep === ".") comma++;
      else dot++;
    } else if (digitsAfter !== 3) {
      if (sep === ",") comma++;
      else dot++;
    }
  }
  if (comma > 0 && dot === 0) return ",";
  if (dot > 0 && comma === 0) return ".";
  if (comma === 0 && dot === 0) return null;
  return comma > dot ? "," : ".";
}

/** Matches text to an option by value (exact, then any case) or by label (any case). */
export function matchOption(options: SelectOption[], text: string): SelectOption | null {
  const s = text.trim();
  const exact = options.find((o) => o.value === s);
  if (exact) return exact;
  const lower = s.toLowerCase();
  return (
    options.find((o) => o.value.toLowerCase() === lower) ??
    options.find((o) => (o.label ?? "").trim().toLowerCase() === lower) ??
    null
  );
}

/** Converts an option value (always a string on the wire) to the field's type. */
export function optionValueForType(field: FieldSchema, value: string): unknown {
  const type = (field.type ?? "").toLowerCase();
  if (NUMBER_TYPES.has(type)) {
    const n = Number(value);
    return Number.isFinite(n) && value.trim() !== "" ? n : value;
  }
  if (type === "boolean") {
    if (value === "true") return true;
    if (value === "false") return false;
  }
  return value;
}

/** Splits a multi-value cell on `,`, `;` or `|` (or reads a JSON array). */
export function splitMultiText(text: string): string[] {
  const s = text.trim();
  if (s.startsWith("[") && s.endsWith("]")) {
    try {
      const parsed: unknown = JSON.parse(s);
      if (Array.isArray(parsed)) return parsed.map((v) => (typeof v === "string" ? v : JSON.stringify(v)));
    } catch {
      // not JSON: split below
    }
  }
  const sep = s.includes("|") ? "|" : s.includes(";") ? ";" : ",";
  return s
    .split(sep)
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

function coerceNumber(field: FieldSchema, text: string, opts: CoerceOptions): CoerceResult {
  const n = parseNumberText(text, opts);
  if (n === null) return { ok: false, error: isIntegerField(field) ? "Must be a whole number" : "Must be a number" };
  return { ok: true, value: n };
}

/**
 * Converts one import cell to the value the field holds. Empty text becomes null. Never
 * checks required/bounds/pattern: run validateFieldValue on the result for that.
 */
export function coerceFromText(field: FieldSchema, text: string, opts: CoerceOptions = {}): CoerceResult {
  const s = text.trim();
  if (s === "") return { ok: true, value: null };
  const kind = valueKind(field);
  switch (kind) {
    case "multi": {
      const parts = splitMultiText(s);
      const options = field.options ?? [];
      if (options.length === 0) return { ok: true, value: parts };
      const out: unknown[] = [];
      for (const p of parts) {
        const o = matchOption(options, p);
        if (!o) return { ok: false, error: `"${p}" is not one of: ${optionList(options)}` };
        out.push(optionValueForType(field, o.value));
      }
      return { ok: true, value: out };
    }
    case "select": {
      const options = field.options ?? [];
      if (options.length === 0) return { ok: true, value: s };
      const o = matchOption(options, s);
      if (!o) return { ok: false, error: `Must be one of: ${optionList(options)}` };
      return { ok: true, value: optionValueForType(field, o.value) };
    }
    case "relation": {
      const type = (field.type ?? "").toLowerCase();
      if (NUMBER_TYPES.has(type)) {
        const n = parseNumberText(s);
        return n === null ? { ok: false, error: "Must be a number" } : { ok: true, value: n };
      }
      return { ok: true, value: s };
    }
    case "boolean": {
      const b = parseBooleanText(s);
      return b === null ? { ok: false, error: "Must be true or false (yes/no, 1/0)" } : { ok: true, value: b };
    }
    case "number":
      return coerceNumber(field, s, opts);
    case "date": {
      const d = parseDateText(s, opts);
      return d === null ? { ok: false, error: "Must be a valid date" } : { ok: true, value: d };
    }
    case "json":
      try {
        return { ok: true, value: JSON.parse(s) as unknown };
      } catch {
        return { ok: false, error: "Must be valid JSON" };
      }
    case "string": {
      const widget = (field.widget ?? "").toLowerCase();
      if (widget === "time") {
        const t = parseTimeText(s);
        if (!t) return { ok: false, error: "Must be a valid time (HH:MM)" };
        return { ok: true, value: /^\d{1,2}:\d{2}:\d{2}/.test(s) ? t : t.slice(0, 5) };
      }
      if (widget === "color" || widget === "colour") {
        return { ok: true, value: /^[0-9a-f]{6}$/i.test(s) ? `#${s}` : s };
      }
      return { ok: true, value: s };
    }
  }
}
