import type { Id } from "../../backend/types.ts";
import type { FieldSchema } from "../../protocol/types.ts";

/** An id typed as stored: numbers for numeric fields or when the previous ids were numbers. */
export function typedId(text: string, field: FieldSchema, numericHint: boolean): string | number {
  const t = text.trim();
  if ((numericHint || field.type === "number" || field.type === "integer") && /^-?\d+$/.test(t)) {
    const n = Number(t);
    if (Number.isSafeInteger(n)) return n;
  }
  return t;
}

/** Comma-separated ids → typed ids (empties dropped). */
export function parseIdList(text: string, field: FieldSchema, numericHint: boolean): (string | number)[] {
  return text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => typedId(s, field, numericHint));
}

export function idText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(idText).filter(Boolean).join(", ");
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (typeof value === "object") {
    const o = value as Record<string, unknown>;
    const id = o.id ?? o._id;
    return typeof id === "string" || typeof id === "number" ? String(id) : "";
  }
  return String(value);
}

/** The ids a relation value holds: a scalar, a list, or embedded records with id/_id. */
export function relationIds(value: unknown): Id[] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((v): Id[] => {
    if (typeof v === "string" || typeof v === "number") return [v];
    if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      const id = o.id ?? o._id;
      if (typeof id === "string" || typeof id === "number") return [id];
    }
    return [];
  });
}
