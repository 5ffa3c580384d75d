// Select options carry string values (craft-easy.md §3.2); the stored value follows the field type.
import type { FieldSchema, SelectOption } from "../../protocol/types.ts";

/** The value to store for a chosen option value string. */
export function typedOptionValue(field: FieldSchema, raw: string): string | number | boolean {
  if (field.type === "number" || field.type === "integer") {
    const n = Number(raw);
    return raw.trim() !== "" && Number.isFinite(n) ? n : raw;
  }
  if (field.type === "boolean") {
    if (raw === "true") return true;
    if (raw === "false") return false;
  }
  return raw;
}

/** The option key (string) for a stored value, or null when empty. */
export function optionKey(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}

export function findOption(field: FieldSchema, value: unknown): SelectOption | undefined {
  const key = optionKey(value);
  if (key === null) return undefined;
  return field.options?.find((o) => o.value === key);
}

/** The stored value of a multi-valued field as an array (arrays as-is, "a,b" strings split). */
export function toArray(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value === null || value === undefined || value === "") return [];
  if (typeof value === "string") {
    return value
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  }
  return [value];
}
