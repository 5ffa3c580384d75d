// Numbers as people and spreadsheets write them (import cells), in any common convention.
import type { CoerceOptions } from "./types.ts";

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


export const GROUP_SPACES = /[\s\u00a0\u202f\u2009'’_]/g;
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
