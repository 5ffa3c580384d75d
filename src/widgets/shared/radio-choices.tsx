import { useId, type FocusEvent, type ReactNode } from "react";

export interface RadioChoice {
  value: string;
  label: ReactNode;
}

export interface RadioChoicesProps {
  /** The group's accessible name. */
  label: string;
  choices: RadioChoice[];
  /** The checked choice's value; null checks none. */
  value: string | null;
  onChange(value: string): void;
  id?: string;
  className?: string;
  disabled?: boolean;
  readOnly?: boolean;
  invalid?: boolean;
  required?: boolean;
  describedBy?: string;
  /** Called when focus leaves the whole group. */
  onBlur?(): void;
}

/**
 * Native radio buttons in a labelled `role="radiogroup"`: the browser gives one tab stop and arrow
 * keys that move and check. Radios have no `readonly`: a read-only group emits nothing, and
 * React puts the controlled `checked` back after the click (arrow keys check by clicking too). The radios' shared name is unique to this group, so two
 * groups for one field on a page never join.
 */
export function RadioChoices(props: RadioChoicesProps) {
  const name = useId();
  const { onBlur } = props;
  const leave = onBlur ? (e: FocusEvent<HTMLDivElement>) => !e.currentTarget.contains(e.relatedTarget) && onBlur() : undefined;
  return (
    <div
      role="radiogroup"
      id={props.id}
      className={props.className}
      aria-label={props.label}
      aria-describedby={props.describedBy || undefined}
      aria-invalid={props.invalid || undefined}
      aria-required={props.required || undefined}
      aria-readonly={props.readOnly || undefined}
      aria-disabled={props.disabled || undefined}
      onBlur={leave}
    >
      {props.choices.map((c) => (
        <label key={c.value} className="w-radio">
          <input
            type="radio"
            className="w-radio-input"
            name={name}
            value={c.value}
            checked={props.value === c.value}
            disabled={props.disabled}
            onChange={() => !props.readOnly && props.onChange(c.value)}
          />
          {c.label}
        </label>
      ))}
    </div>
  );
}
