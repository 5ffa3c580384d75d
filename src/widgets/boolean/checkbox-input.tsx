import { Checkbox, Switch } from "react-aria-components";
import type { WidgetInputProps } from "../types.ts";
import { isReadOnly } from "../shared/input-attrs.ts";
import { toBoolean } from "./to-boolean.ts";

function ariaProps(p: WidgetInputProps) {
  return {
    id: p.id,
    name: p.name,
    isSelected: toBoolean(p.value) === true,
    onChange: (on: boolean) => p.onChange(on),
    onBlur: p.onBlur ? () => p.onBlur?.() : undefined,
    isDisabled: p.disabled,
    isReadOnly: isReadOnly(p),
    "aria-describedby": p.describedBy || undefined,
    "aria-label": p.label,
  };
}

/** A checkbox (react-aria); emits true / false. */
export function CheckboxInput(props: WidgetInputProps) {
  return (
    <Checkbox {...ariaProps(props)} isInvalid={props.invalid} className="w-checkbox">
      <span className="w-checkbox-box" aria-hidden="true">
        <svg viewBox="0 0 18 18" width="14" height="14">
          <polyline points="2.5 9.5 7 14 15.5 4.5" fill="none" stroke="currentColor" strokeWidth="3" />
        </svg>
      </span>
    </Checkbox>
  );
}

/** A switch (react-aria `role="switch"`); emits true / false. */
export function SwitchInput(props: WidgetInputProps) {
  return (
    <Switch {...ariaProps(props)} className="w-switch">
      <span className="w-switch-track" aria-hidden="true">
        <span className="w-switch-thumb" />
      </span>
    </Switch>
  );
}
