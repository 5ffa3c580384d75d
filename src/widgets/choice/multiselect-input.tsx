import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";
import { SelectTrigger } from "./select-trigger.tsx";
import type { WidgetInputProps } from "../types.ts";
import { isReadOnly } from "../shared/input-attrs.ts";
import { findOption, optionKey, toArray, typedOptionValue } from "../shared/option-value.ts";
import { ReadOnlyText } from "../shared/read-only-text.tsx";
import { OptionCheckboxes, toggledKeys } from "./option-checkboxes.tsx";
import { t } from "../messages.ts";

/**
 * Several choices from `options`: the chosen ones as removable chips, plus a compact disclosure
 * button that opens a panel of native checkboxes on demand, below it in the page's flow (so no
 * layer to position or clip, at any width). Enter, Space or ArrowDown open it on the first box;
 * arrows, Home and End move; Space checks; Escape closes and returns to the button, and so does
 * focus leaving the widget. Emits an array of typed option values, in the order they were picked.
 */
export function MultiselectInput(props: WidgetInputProps) {
  const { field, value, onChange, id, label } = props;
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (open) panel.current?.querySelector("input")?.focus();
  }, [open]);
  const options = field.options ?? [];
  const selected = toArray(value)
    .map(optionKey)
    .filter((k): k is string => k !== null);
  if (isReadOnly(props)) {
    return <ReadOnlyText {...props} text={selected.map((k) => findOption(field, k)?.label ?? k).join(", ")} />;
  }
  const emit = (keys: string[]) => onChange(keys.map((k) => typedOptionValue(field, k)));
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== "Escape" || !open) return;
    // the panel's Escape, not the dialog's or page's around it
    e.preventDefault();
    e.stopPropagation();
    close();
  };
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (e.currentTarget.contains(e.relatedTarget)) return;
    setOpen(false);
    props.onBlur?.();
  };
  const text = selected.length > 0 ? selected.map((k) => findOption(field, k)?.label ?? k).join(", ") : null;
  return (
    <div className="w-multi" onKeyDown={onKeyDown} onBlur={onBlur}>
      {selected.length > 0 && <SelectedChips {...props} selected={selected} onRemove={(k) => emit(selected.filter((s) => s !== k))} />}
      <SelectTrigger
        id={id}
        ref={button}
        label={label}
        text={text}
        placeholder={field.placeholder ?? t("selectPlaceholder")}
        open={open}
        controls={panelId}
        disabled={props.disabled}
        invalid={props.invalid}
        describedBy={props.describedBy}
        onToggle={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key !== "ArrowDown" || open) return;
          e.preventDefault();
          setOpen(true);
        }}
      />
      {open && (
        <fieldset id={panelId} ref={panel} className="w-multi-panel" aria-label={label} onKeyDown={moveFocus} disabled={props.disabled}>
          <OptionCheckboxes name={props.name} options={options} checked={selected} onToggle={(key, on) => emit(toggledKeys(selected, key, on))} />
        </fieldset>
      )}
    </div>
  );
}

/** Arrow keys, Home and End move between the panel's checkboxes (Tab still walks them too). */
function moveFocus(e: KeyboardEvent<HTMLFieldSetElement>) {
  const boxes = [...e.currentTarget.querySelectorAll("input")];
  const at = boxes.findIndex((b) => b === document.activeElement);
  const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: boxes.length - 1 }[e.key];
  if (to === undefined) return;
  e.preventDefault();
  boxes[Math.min(boxes.length - 1, Math.max(0, to))]?.focus();
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
