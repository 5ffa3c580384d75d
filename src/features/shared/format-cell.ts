// Simple cell text for the plain list: booleans Yes/No, dates in the user's locale, option
// labels, raw relation ids, compact JSON, long text truncated (the full text goes in `title`).
// Words, dates and numbers follow the spoken language unless a caller names the locale.
import type { FieldSchema } from "../../protocol/types.ts";
import { intlLocales } from "../../i18n/translate.ts";
import { t } from "./messages.ts";

export interface CellText {
  text: string;
  /** Full text when `text` was shortened. */
  title?: string;
  empty?: boolean;
  numeric?: boolean;
}

export const MAX_CELL_CHARS = 60;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

function truncate(text: string, max = MAX_CELL_CHARS): CellText {
  const single = text.replace(/\s+/g, " ").trim();
  if (single.length <= max) return { text: single };
  return { text: single.slice(0, max - 1).trimEnd() + "…", title: single };
}

function formatDate(value: unknown, locale: Intl.LocalesArgument): string | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  if (typeof value === "string") {
    const m = DATE_ONLY.exec(value);
    if (m) {
      // a calendar day: never shifted by a time zone
      const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
      return Number.isNaN(d.getTime()) ? null : new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(d);
    }
    if (!DATE_TIME.test(value)) return null;
    let v = value.replace(" ", "T");
    if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(v)) v += "Z"; // zone-less server times are UTC
    const d = new Date(v);
    if (Number.isNaN(d.getTime())) return null;
    return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(d);
  }
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(d);
}

/** Decimals implied by a step such as 0.01 (→ 2); null when there is no usable step. */
function stepDecimals(step: number | undefined): number | null {
  if (step === undefined || !Number.isFinite(step) || step <= 0 || step >= 1) return null;
  const text = String(step);
  const dot = text.indexOf(".");
  return dot === -1 ? null : Math.min(text.length - dot - 1, 6);
}

function optionLabel(field: FieldSchema, v: unknown): string {
  const key = typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : null;
  const opt = key === null ? undefined : field.options?.find((o) => o.value === key);
  return opt ? opt.label : typeof v === "string" ? v : JSON.stringify(v);
}

export function formatCell(value: unknown, field: FieldSchema | undefined, locale: Intl.LocalesArgument = intlLocales()): CellText {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) {
    return { text: "—", empty: true };
  }
  if (field?.options && field.options.length > 0 && !field.relation) {
    const values = Array.isArray(value) ? value : [value];
    return truncate(values.map((v) => optionLabel(field, v)).join(", "));
  }
  if (typeof value === "boolean" || field?.type === "boolean") {
    if (value === true || value === "true") return { text: t("yes") };
    if (value === false || value === "false") return { text: t("no") };
  }
  if (field?.relation) {
    const ids = Array.isArray(value) ? value : [value];
    return truncate(ids.map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v))).join(", "));
  }
  const dateish = field?.type === "date" || field?.type === "datetime" || /date/.test(field?.widget ?? "");
  if (dateish || (typeof value === "string" && DATE_TIME.test(value))) {
    const d = formatDate(value, locale);
    if (d !== null) return { text: d };
  }
  if (typeof value === "number") {
    const decimals = stepDecimals(field?.step);
    const opts: Intl.NumberFormatOptions =
      decimals !== null ? { minimumFractionDigits: decimals, maximumFractionDigits: decimals } : {};
    return { text: new Intl.NumberFormat(locale, opts).format(value), numeric: true };
  }
  if (typeof value === "object") {
    let json: string;
    try {
      json = JSON.stringify(value) ?? String(value);
    } catch {
      json = String(value);
    }
    return truncate(json);
  }
  return truncate(String(value));
}
