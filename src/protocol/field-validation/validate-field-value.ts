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
import type { FieldSchema } from "../types.ts";
import type { ValidationContext } from "./types.ts";
import { fieldLabel, isEmptyValue, isIntegerField, optionList, valueKind } from "./value-kind.ts";
import { isIsoDateString, isoSortKey } from "./iso-date.ts";
import { compilePattern } from "./compile-pattern.ts";
import { boundText, t } from "./messages.ts";

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
    return t("required", { label: fieldLabel(name, field) });
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

function validateSelect(field: FieldSchema, value: unknown): string | null {
  const options = field.options ?? [];
  if (options.length === 0) return null;
  if (!options.some((o) => o.value === String(value))) return t("oneOf", { options: optionList(options) });
  return null;
}

function validateMulti(field: FieldSchema, value: unknown): string | null {
  if (!Array.isArray(value)) return t("list");
  const options = field.options ?? [];
  if (options.length > 0) {
    const allowed = new Set(options.map((o) => o.value));
    for (const v of value) if (!allowed.has(String(v))) return t("oneOf", { options: optionList(options) });
    return null;
  }
  const regex = compilePattern(field.pattern);
  for (const v of value) {
    const s = String(v);
    if (field.max_length !== undefined && codePoints(s) > field.max_length) return t("eachMaxLength", { max: field.max_length });
    if (regex && !regex.test(s)) return t("format");
  }
  return null;
}

function validateBoolean(value: unknown): string | null {
  if (typeof value === "boolean") return null;
  if (value === "true" || value === "false") return null;
  return t("boolean");
}

function toNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string" && /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(value)) return Number(value);
  return null;
}

function validateNumber(field: FieldSchema, value: unknown): string | null {
  const n = toNumber(value);
  if (n === null) return t("number");
  const step = isIntegerField(field) ? (field.step && field.step > 0 ? field.step : 1) : field.step;
  if (isIntegerField(field) && !Number.isInteger(n)) return t("wholeNumber");
  const min = typeof field.min === "number" ? field.min : undefined;
  const max = typeof field.max === "number" ? field.max : undefined;
  if (min !== undefined && n < min) return t("min", { min: boundText(min) });
  if (max !== undefined && n > max) return t("max", { max: boundText(max) });
  if (step !== undefined && step > 0) {
    const base = min ?? 0;
    const q = (n - base) / step;
    if (Math.abs(q - Math.round(q)) > 1e-9 * Math.max(1, Math.abs(q))) {
      return step === 1 ? t("wholeNumber") : t("step", { step: boundText(step) });
    }
  }
  return null;
}

function validateDate(field: FieldSchema, value: unknown): string | null {
  let s: string;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return t("date");
    s = value.toISOString();
  } else if (typeof value === "string") {
    s = value.trim();
  } else {
    return t("date");
  }
  if (!isIsoDateString(s)) return t("date");
  const key = isoSortKey(s);
  if (typeof field.min === "string" && isIsoDateString(field.min) && key < isoSortKey(field.min)) {
    return t("notBefore", { min: field.min });
  }
  if (typeof field.max === "string" && isIsoDateString(field.max) && key > isoSortKey(field.max)) {
    return t("notAfter", { max: field.max });
  }
  return null;
}

function validateJson(value: unknown): string | null {
  if (typeof value !== "string") return null;
  try {
    JSON.parse(value);
    return null;
  } catch {
    return t("json");
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

function validateString(field: FieldSchema, value: unknown): string | null {
  if (typeof value === "object") return t("text");
  const s = String(value);
  const len = codePoints(s);
  if (field.min_length !== undefined && len < field.min_length) return t("minLength", { min: field.min_length });
  if (field.max_length !== undefined && len > field.max_length) return t("maxLength", { max: field.max_length });
  const widget = (field.widget ?? "").toLowerCase();
  if (widget === "email" && !EMAIL.test(s)) return t("email");
  if (widget === "url" && !isValidUrl(s)) return t("url");
  if ((widget === "color" || widget === "colour") && !COLOR.test(s)) return t("colour");
  if (widget === "time" && !TIME.test(s)) return t("time");
  const regex = compilePattern(field.pattern);
  if (regex && !regex.test(s)) return t("format");
  return null;
}
