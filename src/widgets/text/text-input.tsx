import type { WidgetInputProps } from "../types.ts";
import { nativeInputAttrs } from "../shared/input-attrs.ts";
import { valueToText } from "../shared/is-empty.ts";

const TYPES: Record<string, { type: string; autoComplete?: string; inputMode?: "email" | "url" }> = {
  email: { type: "email", autoComplete: "email", inputMode: "email" },
  url: { type: "url", autoComplete: "url", inputMode: "url" },
};

/** Single-line text, email and url inputs. Emits the string, or null when cleared. */
export function TextInput(props: WidgetInputProps) {
  const { field, value, onChange } = props;
  const kind = TYPES[field.widget] ?? { type: "text" };
  return (
    <input
      {...nativeInputAttrs(props)}
      className="w-input"
      type={kind.type}
      inputMode={kind.inputMode}
      autoComplete={kind.autoComplete ?? "off"}
      placeholder={field.placeholder}
      maxLength={field.max_length}
      value={valueToText(value)}
      onChange={(e) => onChange(e.target.value === "" ? null : e.target.value)}
    />
  );
}

export function EmailInput(props: WidgetInputProps) {
  return <TextInput {...props} field={{ ...props.field, widget: "email" }} />;
}

export function UrlInput(props: WidgetInputProps) {
  return <TextInput {...props} field={{ ...props.field, widget: "url" }} />;
}
