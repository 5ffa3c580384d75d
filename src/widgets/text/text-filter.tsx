import type { WidgetFilterProps } from "../types.ts";

/** Free text → `contains` (case-insensitive substring). Empty → no filter. */
export function ContainsFilter({ name, value, onChange, label }: WidgetFilterProps) {
  const text = value?.op === "contains" && typeof value.value === "string" ? value.value : "";
  return (
    <input
      className="w-input"
      type="search"
      name={name}
      aria-label={label}
      value={text}
      onChange={(e) => onChange(e.target.value === "" ? undefined : { op: "contains", value: e.target.value })}
    />
  );
}
