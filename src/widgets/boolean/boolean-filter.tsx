import type { WidgetFilterProps } from "../types.ts";
import { RadioChoices } from "../shared/radio-choices.tsx";
import { t } from "../messages.ts";

/** Tri-state Any / Yes / No (native radios in a row) → no filter / `eq true` / `eq false`. */
export function BooleanFilter({ value, onChange, label }: WidgetFilterProps) {
  const current = value?.op === "eq" ? (value.value === true ? "yes" : value.value === false ? "no" : "any") : "any";
  return (
    <RadioChoices
      className="w-radio-group w-radio-inline"
      label={label}
      value={current}
      choices={[
        { value: "any", label: t("any") },
        { value: "yes", label: t("yes") },
        { value: "no", label: t("no") },
      ]}
      onChange={(v) => onChange(v === "yes" ? { op: "eq", value: true } : v === "no" ? { op: "eq", value: false } : undefined)}
    />
  );
}
