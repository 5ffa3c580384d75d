import { Checkbox, CheckboxGroup } from "react-aria-components";
import type { WidgetFilterProps } from "../types.ts";
import { optionKey, typedOptionValue } from "../shared/option-value.ts";
import { OptionSwatch } from "./option-badge.tsx";

/** One-of filter over `options` (checkboxes) → `in [values…]`; nothing checked → no filter. */
export function OptionsFilter({ name, field, value, onChange, label }: WidgetFilterProps) {
  const options = field.options ?? [];
  const checked =
    value?.op === "in" && Array.isArray(value.value)
      ? value.value.map(optionKey).filter((k): k is string => k !== null)
      : value?.op === "eq"
        ? [optionKey(value.value)].filter((k): k is string => k !== null)
        : [];
  return (
    <CheckboxGroup
      className="w-check-group"
      name={name}
      aria-label={label}
      value={checked}
      onChange={(keys) => onChange(keys.length === 0 ? undefined : { op: "in", value: keys.map((k) => typedOptionValue(field, k)) })}
    >
      {options.map((o) => (
        <Checkbox key={o.value} value={o.value} className="w-checkbox">
          <span className="w-checkbox-box" aria-hidden="true">
            <svg viewBox="0 0 18 18" width="14" height="14">
              <polyline points="2.5 9.5 7 14 15.5 4.5" fill="none" stroke="currentColor" strokeWidth="3" />
            </svg>
          </span>
          <OptionSwatch color={o.color} />
          {o.label || o.value}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}
