import { Radio, RadioGroup } from "react-aria-components";
import type { WidgetInputProps } from "../types.ts";
import { isReadOnly, isRequired, offersNone } from "../shared/input-attrs.ts";
import { optionKey, typedOptionValue } from "../shared/option-value.ts";
import { OptionSwatch } from "./option-badge.tsx";
import { NONE_KEY } from "./select-input.tsx";
import { t } from "../messages.ts";

/** One choice from `options` as radio buttons (arrow keys move and select). */
export function RadioInput(props: WidgetInputProps) {
  const { field, value, onChange, id, label } = props;
  const options = field.options ?? [];
  const key = optionKey(value);
  const required = isRequired(props);
  const none = offersNone(props);
  return (
    <RadioGroup
      id={id}
      className="w-radio-group"
      aria-label={label}
      name={props.name}
      value={key ?? (none ? NONE_KEY : null)}
      onChange={(k) => onChange(k === NONE_KEY ? null : typedOptionValue(field, k))}
      isDisabled={props.disabled}
      isReadOnly={isReadOnly(props)}
      isInvalid={props.invalid}
      isRequired={required}
      aria-describedby={props.describedBy || undefined}
      onBlur={props.onBlur ? () => props.onBlur?.() : undefined}
    >
      {none && (
        <Radio value={NONE_KEY} className="w-radio">
          {t("none")}
        </Radio>
      )}
      {options.map((o) => (
        <Radio key={o.value} value={o.value} className="w-radio">
          <OptionSwatch color={o.color} />
          {o.label || o.value}
        </Radio>
      ))}
    </RadioGroup>
  );
}
