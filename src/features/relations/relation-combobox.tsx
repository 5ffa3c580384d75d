// The relation picker's combobox (WAI-ARIA APG editable combobox with list autocomplete): the
// input keeps the focus and points at the active option (aria-activedescendant); the toggle
// button (out of the tab order, as in the APG) opens the popup of options. What a key does is
// combobox-keys.ts; what a pick or a revert means is the controller's (use-relation-picker.ts).
import { useId, useRef, useState, type KeyboardEvent } from "react";
import type { RelationOption } from "../../backend/types.ts";
import { comboboxKeyAction } from "./combobox-keys.ts";
import { RelationOptionsPopover } from "./relation-options-popover.tsx";
import { useRelationPickerContext } from "./relation-picker-context.ts";
import { t } from "./messages.ts";

export function RelationCombobox() {
  const ctl = useRelationPickerContext();
  const { field, label, multiple, open, search } = ctl;
  const listboxId = useId();
  const control = useRef<HTMLDivElement>(null);
  // the active option's index among the loaded ones (-1: none); typing, a pick or opening with
  // the button starts again from none
  const [active, setActive] = useState(-1);
  const activeId = open && active >= 0 && active < search.options.length ? optionId(listboxId, active) : undefined;

  const pick = (option: RelationOption) => {
    ctl.pick(option);
    setActive(-1);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const action = comboboxKeyAction({ key: e.key, altKey: e.altKey, open, active, count: search.options.length, dirty: ctl.dirty });
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    if (action.type === "open") {
      ctl.setOpen(true);
      setActive(action.active);
    } else if (action.type === "move") setActive(action.active);
    else if (action.type === "pick") {
      const option = search.options[action.index];
      if (option) pick(option);
    } else if (action.type === "commit") ctl.commit();
    else if (action.type === "close") ctl.setOpen(false);
    else ctl.revert();
  };

  return (
    <div className="rp-combobox">
      <div ref={control} className="rp-control">
        <input
          id={ctl.inputId}
          className="w-input rp-input"
          type="text"
          role="combobox"
          aria-label={label}
          aria-expanded={open}
          aria-controls={open ? listboxId : undefined}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-invalid={ctl.invalid || undefined}
          aria-describedby={ctl.describedBy || undefined}
          required={ctl.required && (!multiple || ctl.ids.length === 0)}
          disabled={ctl.disabled}
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          placeholder={field.placeholder ?? (multiple ? t("typeToAdd") : t("typeToSearch"))}
          value={ctl.inputValue}
          onChange={(e) => {
            ctl.onInputChange(e.target.value);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={ctl.onBlur}
        />
        <button
          type="button"
          className="rp-toggle"
          tabIndex={-1}
          aria-label={t("showOptions", { field: label })}
          aria-haspopup="listbox"
          aria-expanded={open}
          aria-controls={open ? listboxId : undefined}
          disabled={ctl.disabled}
          // the input keeps the focus (a press here would blur it, which closes the popup)
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            ctl.focusInput();
            ctl.setOpen(!open);
            setActive(-1);
          }}
        >
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      {open && <RelationOptionsPopover anchorRef={control} listboxId={listboxId} active={active} optionId={(i) => optionId(listboxId, i)} onPick={pick} />}
    </div>
  );
}

function optionId(listboxId: string, index: number): string {
  return `${listboxId}-option-${index}`;
}
