import type { WidgetInputProps } from "../types.ts";

/** A read-only text box showing a value's text, for widgets that cannot be read-only themselves. */
export function ReadOnlyText(props: WidgetInputProps & { text: string }) {
  return (
    <input
      className="w-input"
      id={props.id}
      name={props.name}
      type="text"
      readOnly
      aria-readonly="true"
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.describedBy || undefined}
      disabled={props.disabled}
      value={props.text}
      onBlur={props.onBlur ? () => props.onBlur?.() : undefined}
    />
  );
}
