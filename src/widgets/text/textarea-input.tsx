import { useLayoutEffect, useRef, type RefObject, type TextareaHTMLAttributes } from "react";
import type { WidgetInputProps } from "../types.ts";
import { nativeInputAttrs } from "../shared/input-attrs.ts";
import { valueToText } from "../shared/is-empty.ts";

/** Grow a textarea to fit its content (CSS `field-sizing: content` does it where supported). */
export function useAutoGrow(ref: RefObject<HTMLTextAreaElement | null>, text: string) {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = "auto";
    if (el.scrollHeight > 0) el.style.height = `${el.scrollHeight + 2}px`;
  }, [ref, text]);
}

type TextareaExtras = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange">;

/** Multi-line text that grows with its content; `extras` tune the element (code: monospace, no spellcheck). */
export function TextareaInput(props: WidgetInputProps & { extras?: TextareaExtras }) {
  const { field, value, onChange, extras } = props;
  const ref = useRef<HTMLTextAreaElement>(null);
  const text = valueToText(value);
  useAutoGrow(ref, text);
  return (
    <textarea
      {...nativeInputAttrs(props)}
      ref={ref}
      className="w-input w-textarea"
      rows={3}
      placeholder={field.placeholder}
      maxLength={field.max_length}
      {...extras}
      value={text}
      onChange={(e) => onChange(e.target.value === "" ? null : e.target.value)}
    />
  );
}
