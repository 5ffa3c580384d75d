import type { Key, Selection } from "react-aria-components";
import { ListBox, ListBoxItem } from "react-aria-components";
import type { WidgetInputProps } from "../types.ts";
import { isReadOnly } from "../shared/input-attrs.ts";
import { findOption, optionKey, toArray, typedOptionValue } from "../shared/option-value.ts";
import { ReadOnlyText } from "../shared/read-only-text.tsx";
import { OptionSwatch } from "./option-badge.tsx";

/**
 * Several choices from `options`: the chosen ones as removable chips, plus a listbox with multiple
 * selection (arrow keys move, Space toggles). Emits an array of typed option values.
 */
export function MultiselectInput(props: WidgetInputProps) {
  const { field, value, onChange, id, label } = props;
  const options = field.options ?? [];
  const selected = toArray(value)
    .map(optionKey)
    .filter((k): k is string => k !== null);
  if (isReadOnly(props)) {
    return <ReadOnlyText {...props} text={selected.map((k) => findOption(field, k)?.label ?? k).join(", ")} />;
  }
  const emit = (keys: string[]) => onChange(keys.map((k) => typedOptionValue(field, k)));
  const onSelectionChange = (sel: Selection) => {
    const keys = sel === "all" ? options.map((o) => o.value) : [...sel].map((k: Key) => String(k));
    // keep the user's order: existing first, new ones appended in option order
    const next = [...selected.filter((k) => keys.includes(k)), ...keys.filter((k) => !selected.includes(k))];
    emit(next);
  };
  return (
    <div className="w-multi">
      {selected.length > 0 && (
        <ul className="w-chips" aria-label={`Selected: ${label}`}>
          {selected.map((k) => {
            const text = findOption(field, k)?.label ?? k;
            return (
              <li key={k} className="w-chip">
                <span>{text}</span>
                <button
                  type="button"
                  className="w-chip-remove"
                  aria-label={`Remove ${text}`}
                  disabled={props.disabled}
                  onClick={() => emit(selected.filter((s) => s !== k))}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ListBox
        id={id}
        className="w-listbox w-listbox-inline"
        aria-label={label}
        aria-describedby={props.describedBy || undefined}
        aria-invalid={props.invalid || undefined}
        selectionMode="multiple"
        selectedKeys={new Set(selected)}
        onSelectionChange={onSelectionChange}
        disabledKeys={props.disabled ? options.map((o) => o.value) : undefined}
        onBlur={props.onBlur ? () => props.onBlur?.() : undefined}
      >
        {options.map((o) => (
          <ListBoxItem key={o.value} id={o.value} textValue={o.label || o.value} className="w-option">
            {({ isSelected }) => (
              <>
                <span className="w-option-check" aria-hidden="true">
                  {isSelected ? "✓" : ""}
                </span>
                <OptionSwatch color={o.color} />
                <span>{o.label || o.value}</span>
              </>
            )}
          </ListBoxItem>
        ))}
      </ListBox>
    </div>
  );
}
