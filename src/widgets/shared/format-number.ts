import type { FieldSchema } from "../../protocol/types.ts";
import { intlLocales } from "../../i18n/translate.ts";

/** Whether a field holds whole numbers (type/widget integer, or a whole step of 1). */
export function isIntegerField(field: FieldSchema): boolean {
  return field.type === "integer" || field.widget === "integer" || (field.type === "number" && field.step === 1);
}

/** A number from a stored value (numbers, numeric strings), else null. Never NaN. */
export function toNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" && value.trim() !== "") {
    const n = Number(value.trim());
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

const cache = new Map<string, Intl.NumberFormat>();

/** Decimals shown for a step like 0.01 → 2. */
function stepDecimals(step: number | undefined): number | undefined {
  if (step === undefined || !Number.isFinite(step) || step <= 0) return undefined;
  const s = String(step);
  const dot = s.indexOf(".");
  return dot === -1 ? 0 : s.length - dot - 1;
}

export function formatNumber(value: unknown, field: FieldSchema): string | null {
  const n = toNumber(value);
  if (n === null) return null;
  const integer = isIntegerField(field);
  const decimals = integer ? 0 : stepDecimals(field.step);
  const locales = intlLocales();
  const key = `${locales.join(",")}|${integer ? "int" : `dec:${decimals ?? "auto"}`}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(
      locales,
      integer
        ? { maximumFractionDigits: 0 }
        : decimals !== undefined && decimals > 0
          ? { minimumFractionDigits: decimals, maximumFractionDigits: Math.max(decimals, 2) }
          : { maximumFractionDigits: 6 },
    );
    cache.set(key, f);
  }
  return f.format(n);
}
