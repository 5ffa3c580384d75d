// Import cells (text) to the value a field holds. Validation is separate
// (validate-field-value.ts): the import runs both.
import type { FieldSchema, SelectOption } from "../types.ts";
import type { CoerceOptions, CoerceResult } from "./types.ts";
import { NUMBER_TYPES, isIntegerField, optionList, valueKind } from "./value-kind.ts";
import { parseNumberText } from "./parse-number-text.ts";
import { parseDateText, parseTimeText } from "./parse-date-text.ts";
import { t } from "./messages.ts";

const TRUE_WORDS = new Set(["true", "t", "1", "yes", "y", "on", "x", "✓", "ja", "j", "oui", "si", "sí", "sim", "да", "wahr"]);
const FALSE_WORDS = new Set(["false", "f", "0", "no", "n", "off", "nein", "nej", "non", "não", "nao", "нет", "falsch"]);

/** Booleans from true/false, 1/0, yes/no, y/n, on/off (any case) and a few common languages. */
export function parseBooleanText(text: string): boolean | null {
  const s = text.trim().toLowerCase();
  if (TRUE_WORDS.has(s)) return true;
  if (FALSE_WORDS.has(s)) return false;
  return null;
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
  if (n === null) return { ok: false, error: isIntegerField(field) ? t("wholeNumber") : t("number") };
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
        if (!o) return { ok: false, error: t("notOneOf", { value: p, options: optionList(options) }) };
        out.push(optionValueForType(field, o.value));
      }
      return { ok: true, value: out };
    }
    case "select": {
      const options = field.options ?? [];
      if (options.length === 0) return { ok: true, value: s };
      const o = matchOption(options, s);
      if (!o) return { ok: false, error: t("oneOf", { options: optionList(options) }) };
      return { ok: true, value: optionValueForType(field, o.value) };
    }
    case "relation": {
      const type = (field.type ?? "").toLowerCase();
      if (NUMBER_TYPES.has(type)) {
        const n = parseNumberText(s);
        return n === null ? { ok: false, error: t("number") } : { ok: true, value: n };
      }
      return { ok: true, value: s };
    }
    case "boolean": {
      const b = parseBooleanText(s);
      return b === null ? { ok: false, error: t("booleanText") } : { ok: true, value: b };
    }
    case "number":
      return coerceNumber(field, s, opts);
    case "date": {
      const d = parseDateText(s, opts);
      return d === null ? { ok: false, error: t("date") } : { ok: true, value: d };
    }
    case "json":
      try {
        return { ok: true, value: JSON.parse(s) as unknown };
      } catch {
        return { ok: false, error: t("json") };
      }
    case "string": {
      const widget = (field.widget ?? "").toLowerCase();
      if (widget === "time") {
        const time = parseTimeText(s);
        if (!time) return { ok: false, error: t("time") };
        return { ok: true, value: /^\d{1,2}:\d{2}:\d{2}/.test(s) ? time : time.slice(0, 5) };
      }
      if (widget === "color" || widget === "colour") {
        return { ok: true, value: /^[0-9a-f]{6}$/i.test(s) ? `#${s}` : s };
      }
      return { ok: true, value: s };
    }
  }
}
