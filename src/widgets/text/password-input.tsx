import { useState } from "react";
import type { WidgetInputProps } from "../types.ts";
import { nativeInputAttrs } from "../shared/input-attrs.ts";
import { valueToText } from "../shared/is-empty.ts";
import { t } from "../messages.ts";

/** Password input with a show/hide toggle button. */
export function PasswordInput(props: WidgetInputProps) {
  const { field, value, onChange, id, disabled } = props;
  const [shown, setShown] = useState(false);
  return (
    <span className="w-with-button">
      <input
        {...nativeInputAttrs(props)}
        className="w-input"
        type={shown ? "text" : "password"}
        autoComplete="new-password"
        spellCheck={false}
        placeholder={field.placeholder}
        maxLength={field.max_length}
        value={valueToText(value)}
        onChange={(e) => onChange(e.target.value === "" ? null : e.target.value)}
      />
      <button
        type="button"
        className="w-icon-button"
        aria-controls={id}
        aria-pressed={shown}
        disabled={disabled}
        onClick={() => setShown((s) => !s)}
      >
        {shown ? t("hidePassword") : t("showPassword")}
      </button>
    </span>
  );
}
