import type { WidgetInputProps } from "../types.ts";

/** Whether the input should be read-only (the prop, or a readonly field). */
export function isReadOnly(p: Pick<WidgetInputProps, "readOnly" | "field">): boolean {
  return Boolean(p.readOnly || p.field.readonly);
}

/** Required for the UI: `required` is ignored on readonly fields (craft-easy.md §3.1). */
export function isRequired(p: Pick<WidgetInputProps, "field">): boolean {
  return Boolean(p.field.required && !p.field.readonly);
}

/** Whether a choice offers "None" (clearing to null): not required, and the server stores null. */
export function offersNone(p: Pick<WidgetInputProps, "field">): boolean {
  return !isRequired(p) && p.field.nullable !== false;
}

/** The attributes every native single input shares: id, name, ARIA state, disabled/readonly. */
export function nativeInputAttrs(p: WidgetInputProps) {
  return {
    id: p.id,
    name: p.name,
    "aria-invalid": p.invalid ? (true as const) : undefined,
    "aria-describedby": p.describedBy || undefined,
    "aria-required": isRequired(p) ? (true as const) : undefined,
    disabled: p.disabled,
    readOnly: isReadOnly(p) || undefined,
    onBlur: p.onBlur ? () => p.onBlur?.() : undefined,
  };
}

/** Join ids for aria-describedby, skipping empties. */
export function joinIds(...ids: (string | undefined | null | false)[]): string | undefined {
  const s = ids.filter(Boolean).join(" ");
  return s === "" ? undefined : s;
}
