import type { SortKey } from "../../backend/types.ts";

/** `list.sort_default` → sort keys: "-created_at" is descending; "" means the server default. */
export function parseSortDefault(sortDefault: string | undefined, fields: Record<string, unknown>): SortKey[] {
  const raw = (sortDefault ?? "").trim();
  if (raw === "") return [];
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (s.startsWith("-") ? { field: s.slice(1), desc: true } : { field: s.replace(/^\+/, ""), desc: false }))
    .filter((k) => k.field in fields || k.field === "id" || k.field === "_id");
}
