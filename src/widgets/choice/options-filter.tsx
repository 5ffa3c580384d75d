import type { WidgetFilterProps } from "../types.ts";
import { optionKey, typedOptionValue } from "../shared/option-value.ts";
import { CheckMark } from "../shared/check-mark.tsx";
import { OptionSwatch } from "./option-badge.tsx";

/** One-of filter over `options` (a fieldset of native checkboxes) → `in [values…]`; nothing checked → no filter. */
export function OptionsFilter({ name, field, value, onChange, label }: WidgetFilterProps) {
  const options = field.options ?? [];
  const checked =
    value?.op === "in" && Array.isArray(value.value)
      ? value.value.map(optionKey).filter((k): k is string => k !== null)
      : value?.op === "eq"
        ? [optionKey(value.value)].filter((k): k is string => k !== null)
        : [];
  const toggle = (key: string, on: boolean) => {
    const keys = on ? [...checked, key] : checked.filter((k) => k !== key);
    onChange(keys.length === 0 ? undefined : { op: "in", value: keys.map((k) => typedOptionValue(field, k)) });
  };
  return (
    <fieldset className="w-check-group" aria-label={label}>
      {options.map((o) => (
        <label key={o.value} className="w-check-option">
          <span className="w-checkbox">
            <input
              type="checkbox"
              className="w-checkbox-input"
              name={name}
              value={o.value}
              checked={checked.includes(o.value)}
              onChange={(e) => toggle(o.value, e.currentTarget.checked)}
            />
            <CheckMark />
          </span>
          <OptionSwatch color={o.color} />
          {o.label || o.value}
        </label>
      ))}
    </fieldset>
  );
}
