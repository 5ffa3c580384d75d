import { ListBox, ListBoxItem, Popover, Select } from "react-aria-components";
import { SelectTrigger } from "./select-trigger.tsx";
import type { WidgetInputProps } from "../types.ts";
import { isReadOnly, isRequired, offersNone } from "../shared/input-attrs.ts";
import { findOption, optionKey, typedOptionValue } from "../shared/option-value.ts";
import { ReadOnlyText } from "../shared/read-only-text.tsx";
import { OptionSwatch } from "./option-badge.tsx";
import { t } from "../messages.ts";

export const NONE_KEY = "\u0000none";

/**
 * Single choice from `options` (react-aria Select). A "None" entry clears the value when the field
 * is not required and the server stores null (not a NOT NULL enum column, litestar-admin). Emits the option value typed like the field (number / boolean / string).
 */
export function SelectInput(props: WidgetInputProps) {
  const { field, value, onChange, id, label } = props;
  const options = field.options ?? [];
  const key = optionKey(value);
  if (isReadOnly(props)) {
    const option = findOption(field, value);
    return <ReadOnlyText {...props} text={option?.label ?? key ?? ""} />;
  }
  const known = key !== null && options.some((o) => o.value === key);
  const required = isRequired(props);
  const none = offersNone(props);
  return (
    <Select
      className="w-select"
      aria-label={label}
      name={props.name}
      value={key ?? (none ? NONE_KEY : null)}
      onChange={(k) => onChange(k === null || k === NONE_KEY ? null : typedOptionValue(field, String(k)))}
      isDisabled={props.disabled}
      isInvalid={props.invalid}
      isRequired={required}
      aria-describedby={props.describedBy || undefined}
      onBlur={props.onBlur ? () => props.onBlur?.() : undefined}
      placeholder={field.placeholder ?? t("selectPlaceholder")}
    >
      <SelectTrigger id={id} />
      <Popover className="w-popover" offset={4}>
        <ListBox className="w-listbox">
          {none && (
            <ListBoxItem id={NONE_KEY} textValue={t("none")} className="w-option w-option-none">
              {t("none")}
            </ListBoxItem>
          )}
          {!known && key !== null && (
            <ListBoxItem id={key} textValue={key} className="w-option" isDisabled>
              {key}
            </ListBoxItem>
          )}
          {options.map((o) => (
            <ListBoxItem key={o.value} id={o.value} textValue={o.label || o.value} className="w-option">
              <OptionSwatch color={o.color} />
              <span>{o.label || o.value}</span>
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
