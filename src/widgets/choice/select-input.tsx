import type { WidgetInputProps } from "../types.ts";
import { isReadOnly, nativeInputAttrs, offersNone } from "../shared/input-attrs.ts";
import { findOption, optionKey, typedOptionValue } from "../shared/option-value.ts";
import { ReadOnlyText } from "../shared/read-only-text.tsx";
import { OptionSwatch } from "./option-badge.tsx";
import { t } from "../messages.ts";

export const NONE_KEY = "\u0000none";
/** The select's value while nothing is chosen and "None" is not offered: the placeholder. */
const PLACEHOLDER_KEY = "";

/**
 * Single choice from `options` (a native select). A "None" entry clears the value when the field
 * is not required and the server stores null (not a NOT NULL enum column, litestar-admin); with
 * no value and no "None" the select shows its placeholder, which cannot be chosen. A stored value
 * that is not among the options stays visible as a disabled entry. Emits the option value typed
 * like the field (number / boolean / string).
 */
export function SelectInput(props: WidgetInputProps) {
  const { field, value, onChange, label } = props;
  const options = field.options ?? [];
  const key = optionKey(value);
  if (isReadOnly(props)) {
    const option = findOption(field, value);
    return <ReadOnlyText {...props} text={option?.label ?? key ?? ""} />;
  }
  const { readOnly: _readOnly, ...attrs } = nativeInputAttrs(props);
  const known = key !== null && options.some((o) => o.value === key);
  const none = offersNone(props);
  const current = key ?? (none ? NONE_KEY : PLACEHOLDER_KEY);
  return (
    <select
      {...attrs}
      className="w-input w-select"
      aria-label={label}
      value={current}
      data-placeholder={current === PLACEHOLDER_KEY || undefined}
      onChange={(e) => {
        const k = e.currentTarget.value;
        onChange(k === NONE_KEY ? null : typedOptionValue(field, k));
      }}
    >
      {current === PLACEHOLDER_KEY && (
        <option value={PLACEHOLDER_KEY} disabled hidden>
          {field.placeholder ?? t("selectPlaceholder")}
        </option>
      )}
      {none && (
        <option value={NONE_KEY} className="w-option-none">
          {t("none")}
        </option>
      )}
      {!known && key !== null && (
        <option value={key} disabled>
          {key}
        </option>
      )}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          <OptionSwatch color={o.color} />
          {o.label || o.value}
        </option>
      ))}
    </select>
  );
}
