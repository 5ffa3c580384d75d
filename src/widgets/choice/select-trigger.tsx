import { useId, type KeyboardEvent, type Ref } from "react";

export interface SelectTriggerProps {
  id: string;
  /** The field's name, read after the shown value. */
  label: string;
  /** The chosen values, or null to show the placeholder. */
  text: string | null;
  placeholder: string;
  open: boolean;
  /** The id of the panel the button opens (named only while it is there). */
  controls: string;
  disabled?: boolean | undefined;
  invalid?: boolean | undefined;
  describedBy?: string | undefined;
  ref?: Ref<HTMLButtonElement>;
  onToggle(): void;
  onKeyDown(e: KeyboardEvent<HTMLButtonElement>): void;
}

/**
 * The closed look of the multiple-choice widget: a disclosure button showing the chosen values and
 * an arrow, named "<values> <label>" so a screen reader hears both.
 */
export function SelectTrigger(p: SelectTriggerProps) {
  const base = useId();
  return (
    <button
      type="button"
      id={p.id}
      ref={p.ref}
      className="w-input w-select-trigger"
      aria-labelledby={`${base}-value ${base}-label`}
      aria-expanded={p.open}
      aria-controls={p.open ? p.controls : undefined}
      aria-invalid={p.invalid || undefined}
      aria-describedby={p.describedBy || undefined}
      disabled={p.disabled}
      onClick={p.onToggle}
      onKeyDown={p.onKeyDown}
    >
      <span id={`${base}-value`} className="w-select-value" data-placeholder={p.text === null || undefined}>
        {p.text ?? p.placeholder}
      </span>
      <span id={`${base}-label`} hidden>
        {p.label}
      </span>
      <span className="w-select-arrow" aria-hidden="true">
        ▾
      </span>
    </button>
  );
}
