import type { ChangeEvent } from "react";
import type { WidgetInputProps } from "../types.ts";
import { nativeInputAttrs } from "../shared/input-attrs.ts";
import { CheckMark } from "../shared/check-mark.tsx";
import { toBoolean } from "./to-boolean.ts";

/**
 * The native checkbox's attributes (those every native input shares, but `readonly` and
 * `aria-required`). A checkbox has no `readonly`: a read-only one emits nothing
 * (React then puts the controlled `checked` back; cancelling the click as well would toggle it
 * twice) and says so with aria-readonly.
 */
function checkboxAttrs(p: WidgetInputProps) {
  const { readOnly, "aria-required": _required, ...attrs } = nativeInputAttrs(p);
  return {
    ...attrs,
    type: "checkbox" as const,
    checked: toBoolean(p.value) === true,
    onChange: readOnly ? () => undefined : (e: ChangeEvent<HTMLInputElement>) => p.onChange(e.currentTarget.checked),
    "aria-readonly": readOnly,
    "aria-label": p.label,
  };
}

/** A native checkbox drawn as the app's box; emits true / false. */
export function CheckboxInput(props: WidgetInputProps) {
  return (
    <span className="w-checkbox">
      <input {...checkboxAttrs(props)} className="w-checkbox-input" />
      <CheckMark />
    </span>
  );
}

/** A switch: a native checkbox with `role="switch"`, drawn as a track and thumb; emits true / false. */
export function SwitchInput(props: WidgetInputProps) {
  return (
    <span className="w-switch">
      <input {...checkboxAttrs(props)} role="switch" className="w-switch-input" />
      <span className="w-switch-thumb" aria-hidden="true" />
    </span>
  );
}
