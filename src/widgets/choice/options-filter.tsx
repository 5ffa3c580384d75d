import type { WidgetFilterProps } from "../types.ts";
import { optionKey, typedOptionValue } from "../shared/option-value.ts";
import { OptionCheckboxes, toggledKeys } from "./option-checkboxes.tsx";

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
    const keys = toggledKeys(checked, key, on);
    onChange(keys.length === 0 ? undefined : { op: "in", value: keys.map((k) => typedOptionValue(field, k)) });
  };
  return (
    <fieldset className="w-check-group" aria-label={label}>
      <OptionCheckboxes name={name} options={options} checked={checked} onToggle={toggle} />
    </fieldset>
  );
}
