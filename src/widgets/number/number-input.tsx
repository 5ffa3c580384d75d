import { useState } from "react";
import type { WidgetInputProps } from "../types.ts";
import { nativeInputAttrs } from "../shared/input-attrs.ts";
import { isIntegerField, toNumber } from "../shared/format-number.ts";
import type { FieldSchema } from "../../protocol/types.ts";

/** A number from typed text: null when empty or not a number. Never NaN. */
export function parseNumberText(text: string): number | null {
  const t = text.trim();
  if (t === "") return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

function numericBound(b: unknown): number | undefined {
  return typeof b === "number" && Number.isFinite(b) ? b : undefined;
}

/** min / max / step attributes for a number field (numeric bounds only, §3.2). */
export function numberAttrs(field: FieldSchema) {
  const step = typeof field.step === "number" && field.step > 0 ? field.step : isIntegerField(field) ? 1 : "any";
  return { min: numericBound(field.min), max: numericBound(field.max), step };
}

function textOf(value: unknown): string {
  const n = toNumber(value);
  return n === null ? "" : String(n);
}

/**
 * Number / integer input. Keeps what the user typed as a string and emits a number, or null when
 * cleared or not (yet) a number.
 */
export function NumberInput(props: WidgetInputProps) {
  const { field, value, onChange } = props;
  const [state, setState] = useState(() => ({ text: textOf(value), source: value }));
  // A new value from outside (reset, server data) replaces the text unless it is what we typed.
  if (!Object.is(value, state.source)) {
    const same = toNumber(value) === parseNumberText(state.text);
    setState({ text: same ? state.text : textOf(value), source: value });
  }
  const integer = isIntegerField(field);
  return (
    <input
      {...nativeInputAttrs(props)}
      className="w-input w-number"
      type="number"
      inputMode={integer && !(typeof field.min === "number" && field.min < 0) ? "numeric" : "decimal"}
      {...numberAttrs(field)}
      placeholder={field.placeholder}
      value={state.text}
      onChange={(e) => {
        const text = e.target.value;
        const n = parseNumberText(text);
        setState({ text, source: n });
        onChange(n);
      }}
    />
  );
}

/** Whole numbers: the number input with step 1 and integer keyboard. */
export function IntegerInput(props: WidgetInputProps) {
  return <NumberInput {...props} field={{ ...props.field, type: "integer" }} />;
}
