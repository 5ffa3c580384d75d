import type { WidgetInputProps } from "../types.ts";
import { isReadOnly, isRequired, offersNone } from "../shared/input-attrs.ts";
import { optionKey, typedOptionValue } from "../shared/option-value.ts";
import { RadioChoices, type RadioChoice } from "../shared/radio-choices.tsx";
import { OptionSwatch } from "./option-badge.tsx";
import { NONE_KEY } from "./select-input.tsx";
import { t } from "../messages.ts";

/** One choice from `options` as native radio buttons (arrow keys move and check). */
export function RadioInput(props: WidgetInputProps) {
  const { field, value, onChange, id, label } = props;
  const key = optionKey(value);
  const none = offersNone(props);
  const choices: RadioChoice[] = (field.options ?? []).map((o) => ({
    value: o.value,
    label: (
      <>
        <OptionSwatch color={o.color} />
        {o.label || o.value}
      </>
    ),
  }));
  if (none) choices.unshift({ value: NONE_KEY, label: t("none") });
  return (
    <RadioChoices
      id={id}
      className="w-radio-group"
      label={label}
      value={key ?? (none ? NONE_KEY : null)}
      choices={choices}
      onChange={(k) => onChange(k === NONE_KEY ? null : typedOptionValue(field, k))}
      disabled={props.disabled}
      readOnly={isReadOnly(props)}
      invalid={props.invalid}
      required={isRequired(props)}
      describedBy={props.describedBy}
      onBlur={props.onBlur}
    />
  );
}
