import { useId, useRef, useState, type KeyboardEvent } from "react";
import { t } from "../messages.ts";

export interface ChipInputProps {
  id?: string;
  name?: string;
  label: string;
  values: string[];
  onChange(values: string[]): void;
  onBlur?(): void;
  invalid?: boolean;
  describedBy?: string;
  disabled?: boolean;
  readOnly?: boolean;
  placeholder?: string;
  /** Accessible name of the text box (default: the label). */
  inputLabel?: string;
}

/**
 * Free-text chips: Enter or comma adds what was typed, Backspace in the empty box removes the
 * last chip, each chip has a labelled remove button. Changes are announced.
 */
export function ChipInput(p: ChipInputProps) {
  const [draft, setDraft] = useState("");
  const [status, setStatus] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const editable = !p.disabled && !p.readOnly;

  const add = (text: string) => {
    const parts = text
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const fresh = parts.filter((part, i) => !p.values.includes(part) && parts.indexOf(part) === i);
    if (fresh.length > 0) {
      p.onChange([...p.values, ...fresh]);
      setStatus(t("tagsAdded", { tags: fresh.join(", ") }));
    }
    setDraft("");
  };
  const remove = (index: number) => {
    const removed = p.values[index];
    p.onChange(p.values.filter((_, i) => i !== index));
    if (removed !== undefined) setStatus(t("tagsRemoved", { tag: removed }));
    inputRef.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!editable) return;
    if (e.key === "Enter" || e.key === ",") {
      if (draft.trim() !== "" || e.key === ",") e.preventDefault();
      if (draft.trim() !== "") add(draft);
    } else if (e.key === "Backspace" && draft === "" && p.values.length > 0) {
      e.preventDefault();
      remove(p.values.length - 1);
    }
  };

  return (
    <div className="w-tags" aria-disabled={p.disabled || undefined}>
      {p.values.length > 0 && (
        <ul className="w-chips" aria-label={p.label}>
          {p.values.map((tag, i) => (
            <li key={`${tag}-${i}`} className="w-chip">
              <span>{tag}</span>
              {editable && (
                <button type="button" className="w-chip-remove" aria-label={t("removeItem", { item: tag })} onClick={() => remove(i)}>
                  <span aria-hidden="true">×</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <input
        ref={inputRef}
        id={p.id}
        name={p.name}
        className="w-input w-tags-input"
        type="text"
        autoComplete="off"
        aria-label={p.id ? undefined : (p.inputLabel ?? p.label)}
        aria-invalid={p.invalid || undefined}
        aria-describedby={[p.describedBy, hintId].filter(Boolean).join(" ")}
        disabled={p.disabled}
        readOnly={p.readOnly || undefined}
        placeholder={p.placeholder}
        value={draft}
        onChange={(e) => {
          const v = e.target.value;
          if (v.includes(",")) add(v);
          else setDraft(v);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (draft.trim() !== "" && editable) add(draft);
          p.onBlur?.();
        }}
      />
      <span id={hintId} className="w-sr-only">
        {t("tagsHint")}
      </span>
      <span className="w-sr-only" role="status">
        {status}
      </span>
    </div>
  );
}
