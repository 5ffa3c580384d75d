import type { Key } from "react-aria-components";
import { ListBox, ListBoxItem, Popover, Select } from "react-aria-components";
import { SelectTrigger } from "./select-trigger.tsx";
import type { WidgetInputProps } from "../types.ts";
import { isReadOnly } from "../shared/input-attrs.ts";
import { findOption, optionKey, toArray, typedOptionValue } from "../shared/option-value.ts";
import { ReadOnlyText } from "../shared/read-only-text.tsx";
import { OptionSwatch } from "./option-badge.tsx";
import { t } from "../messages.ts";

/**
 * Several choices from `options`: the chosen ones as removable chips, plus a compact select that
 * opens a listbox with multiple selection on demand (Enter, Space or arrows open it; arrows move,
 * Space toggles, Escape closes). Emits an array of typed option values.
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
  const onSelectionChange = (picked: Key[]) => {
    const keys = picked.map(String);
    // keep the user's order: existing first, new ones appended in option order
    emit([...selected.filter((k) => keys.includes(k)), ...options.map((o) => o.value).filter((k) => keys.includes(k) && !selected.includes(k))]);
  };
  return (
    <div className="w-multi">
      {selected.length > 0 && <SelectedChips {...props} selected={selected} onRemove={(k) => emit(selected.filter((s) => s !== k))} />}
      <Select
        className="w-select"
        aria-label={label}
        name={props.name}
        selectionMode="multiple"
        value={selected}
        onChange={onSelectionChange}
        isDisabled={props.disabled}
        isInvalid={props.invalid}
        aria-describedby={props.describedBy || undefined}
        onBlur={props.onBlur ? () => props.onBlur?.() : undefined}
        placeholder={field.placeholder ?? t("selectPlaceholder")}
      >
        <SelectTrigger id={id} />
        <Popover className="w-popover" offset={4}>
          <ListBox className="w-listbox">
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
        </Popover>
      </Select>
    </div>
  );
}

function SelectedChips({ field, label, disabled, selected, onRemove }: WidgetInputProps & { selected: string[]; onRemove(key: string): void }) {
  return (
    <ul className="w-chips" aria-label={t("selectedItems", { label })}>
      {selected.map((k) => {
        const text = findOption(field, k)?.label ?? k;
        return (
          <li key={k} className="w-chip">
            <span>{text}</span>
            <button type="button" className="w-chip-remove" aria-label={t("removeItem", { item: text })} disabled={disabled} onClick={() => onRemove(k)}>
              <span aria-hidden="true">×</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
