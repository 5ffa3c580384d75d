// Lazily loaded: JSON editor (a textarea with a live syntax check) and the code editor.
import { useEffect, useId, useRef, useState } from "react";
import type { WidgetInputProps } from "../types.ts";
import { joinIds, nativeInputAttrs } from "../shared/input-attrs.ts";
import { TextareaInput, useAutoGrow } from "../text/textarea-input.tsx";
import { jsonToText, parseJsonText } from "./json-text.ts";

function sameJson(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  } catch {
    return false;
  }
}

/**
 * JSON as text. Keeps exactly what the user typed; checks it on every keystroke and emits the
 * parsed value only when it is valid (empty → null). While invalid, the message is shown and tied
 * to the textarea, and `onInvalidInput` tells the form not to save.
 */
export function JsonInput(props: WidgetInputProps) {
  const { value, onChange, onInvalidInput, describedBy, invalid } = props;
  const messageId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [state, setState] = useState(() => ({ text: jsonToText(value), source: value }));
  if (!Object.is(value, state.source)) {
    const parsed = parseJsonText(state.text);
    const same = parsed.ok && sameJson(parsed.value, value);
    setState({ text: same ? state.text : jsonToText(value), source: value });
  }
  const check = parseJsonText(state.text);
  const error = check.ok ? null : check.message;
  useAutoGrow(ref, state.text);
  useEffect(() => {
    onInvalidInput?.(error);
  }, [error, onInvalidInput]);
  return (
    <div className="w-json">
      <textarea
        {...nativeInputAttrs(props)}
        ref={ref}
        className="w-input w-textarea w-code"
        rows={4}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        aria-invalid={invalid || error !== null || undefined}
        aria-describedby={joinIds(describedBy, messageId)}
        value={state.text}
        onChange={(e) => {
          const text = e.target.value;
          const parsed = parseJsonText(text);
          if (parsed.ok) {
            setState({ text, source: parsed.value });
            onChange(parsed.value);
          } else {
            setState((s) => ({ ...s, text }));
          }
        }}
      />
      <p id={messageId} className={error ? "w-message w-message-error" : "w-message"} aria-live="polite">
        {error ?? ""}
      </p>
    </div>
  );
}

/** Source code as monospace text (no tab trapping: Tab still moves focus). */
export function CodeInput(props: WidgetInputProps) {
  return (
    <TextareaInput
      {...props}
      extras={{ className: "w-input w-textarea w-code", rows: 6, spellCheck: false, autoCapitalize: "off", autoCorrect: "off" }}
    />
  );
}
