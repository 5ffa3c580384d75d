import { useEffect, useId, useState } from "react";
import type { WidgetInputProps } from "../types.ts";
import { isReadOnly, joinIds, nativeInputAttrs } from "../shared/input-attrs.ts";
import { parseColor, toHex } from "../../ui/color.ts";
import { t } from "../messages.ts";

/** `#rrggbb` from `#rgb` / `#rrggbb` / `rrggbb` text, else null. */
export function normaliseHex(text: string): string | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text.trim().toLowerCase());
  if (!m) return null;
  const h = m[1] ?? "";
  return "#" + (h.length === 3 ? [...h].map((c) => c + c).join("") : h);
}

function hexOf(value: unknown): string {
  if (typeof value !== "string") return "";
  const rgb = parseColor(value);
  return rgb ? toHex(rgb) : value;
}

/** A native colour picker plus a hex text box, in sync. Emits `#rrggbb`, or null when cleared. */
export function ColorInput(props: WidgetInputProps) {
  const { value, onChange, label, onInvalidInput, disabled, describedBy } = props;
  const messageId = useId();
  const [state, setState] = useState(() => ({ text: hexOf(value), source: value }));
  if (!Object.is(value, state.source)) {
    const same = normaliseHex(state.text) === (typeof value === "string" ? normaliseHex(hexOf(value)) : null);
    setState({ text: same ? state.text : hexOf(value), source: value });
  }
  const textError = state.text.trim() !== "" && normaliseHex(state.text) === null ? t("hexInvalid") : null;
  useEffect(() => {
    onInvalidInput?.(textError);
  }, [textError, onInvalidInput]);
  const picker = normaliseHex(state.text) ?? (typeof value === "string" ? normaliseHex(hexOf(value)) : null) ?? "#000000";
  const readOnly = isReadOnly(props);
  return (
    <span className="w-color">
      <input
        {...nativeInputAttrs(props)}
        className="w-color-picker"
        type="color"
        value={picker}
        disabled={disabled || readOnly}
        onChange={(e) => {
          const hex = e.target.value.toLowerCase();
          setState({ text: hex, source: hex });
          onChange(hex);
        }}
      />
      <input
        className="w-input w-color-text"
        type="text"
        aria-label={t("hexLabel", { label })}
        aria-invalid={props.invalid || textError !== null || undefined}
        aria-describedby={joinIds(describedBy, textError ? messageId : null)}
        spellCheck={false}
        autoComplete="off"
        maxLength={7}
        placeholder="#rrggbb"
        disabled={disabled}
        readOnly={readOnly || undefined}
        value={state.text}
        onBlur={props.onBlur ? () => props.onBlur?.() : undefined}
        onChange={(e) => {
          const text = e.target.value;
          const hex = normaliseHex(text);
          if (text.trim() === "") {
            setState({ text, source: null });
            onChange(null);
          } else if (hex) {
            setState({ text, source: hex });
            onChange(hex);
          } else {
            setState((s) => ({ ...s, text }));
          }
        }}
      />
      {textError && (
        <span id={messageId} className="w-message w-message-error">
          {textError}
        </span>
      )}
    </span>
  );
}
