import { Radio, RadioGroup } from "react-aria-components";
import type { WidgetFilterProps } from "../types.ts";
import { t } from "../messages.ts";

/** Tri-state Any / Yes / No → `eq true` / `eq false` / no filter. */
export function BooleanFilter({ name, value, onChange, label }: WidgetFilterProps) {
  const current = value?.op === "eq" ? (value.value === true ? "yes" : value.value === false ? "no" : "any") : "any";
  return (
    <RadioGroup
      className="w-radio-group w-radio-inline"
      name={name}
      aria-label={label}
      orientation="horizontal"
      value={current}
      onChange={(v) => onChange(v === "yes" ? { op: "eq", value: true } : v === "no" ? { op: "eq", value: false } : undefined)}
    >
      <Radio value="any" className="w-radio">{t("any")}</Radio>
      <Radio value="yes" className="w-radio">{t("yes")}</Radio>
      <Radio value="no" className="w-radio">{t("no")}</Radio>
    </RadioGroup>
  );
}
