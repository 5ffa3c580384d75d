import type { WidgetInputProps, WidgetFilterProps } from "../types.ts";
import { isReadOnly } from "../shared/input-attrs.ts";
import { toArray } from "../shared/option-value.ts";
import { valueToText } from "../shared/is-empty.ts";
import { ChipInput } from "./chip-input.tsx";
import { t } from "../messages.ts";

/** Free-form tags; emits a string array ([] when all removed). */
export function TagsInput(props: WidgetInputProps) {
  const values = toArray(props.value).map(valueToText).filter(Boolean);
  return (
    <ChipInput
      id={props.id}
      name={props.name}
      label={props.label}
      values={values}
      onChange={(v) => props.onChange(v)}
      onBlur={props.onBlur}
      invalid={props.invalid}
      describedBy={props.describedBy}
      disabled={props.disabled}
      readOnly={isReadOnly(props)}
      placeholder={props.field.placeholder ?? t("tagsPlaceholder")}
    />
  );
}

/** Tags filter: any of the entered tags → `in [tags…]`. */
export function TagsFilter({ name, value, onChange, label }: WidgetFilterProps) {
  const values = value?.op === "in" && Array.isArray(value.value) ? value.value.map(valueToText) : [];
  return (
    <ChipInput
      name={name}
      label={label}
      values={values}
      onChange={(v) => onChange(v.length === 0 ? undefined : { op: "in", value: v })}
    />
  );
}
