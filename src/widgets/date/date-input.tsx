import type { WidgetInputProps } from "../types.ts";
import { nativeInputAttrs } from "../shared/input-attrs.ts";
import { hasTimePart, isoBound, isoToLocalInput, localInputToIso, toDateInput, toTimeInput } from "../shared/format-date.ts";

/**
 * A calendar day (`<input type="date">`), emitting `YYYY-MM-DD` or null. A value that carries a
 * time part is edited as a date-time instead (craft-easy.md §3.2).
 */
export function DateInput(props: WidgetInputProps) {
  const { field, value, onChange } = props;
  if (hasTimePart(value)) return <DateTimeInput {...props} />;
  return (
    <input
      {...nativeInputAttrs(props)}
      className="w-input w-date"
      type="date"
      min={isoBound(field.min, "date")}
      max={isoBound(field.max, "date")}
      value={toDateInput(value)}
      onChange={(e) => onChange(e.target.value === "" ? null : e.target.value)}
    />
  );
}

/**
 * A date and time in the user's local time (`<input type="datetime-local">`), emitting an ISO
 * instant in UTC (`YYYY-MM-DDTHH:MM:SSZ`) or null.
 */
export function DateTimeInput(props: WidgetInputProps) {
  const { field, value, onChange } = props;
  return (
    <input
      {...nativeInputAttrs(props)}
      className="w-input w-datetime"
      type="datetime-local"
      step={field.step && field.step < 60 ? field.step : undefined}
      min={isoBound(field.min, "datetime")}
      max={isoBound(field.max, "datetime")}
      value={isoToLocalInput(value)}
      onChange={(e) => onChange(e.target.value === "" ? null : localInputToIso(e.target.value))}
    />
  );
}

/** A wall-clock time (`<input type="time">`), emitting `HH:MM` (or `HH:MM:SS`) or null. */
export function TimeInput(props: WidgetInputProps) {
  const { field, value, onChange } = props;
  return (
    <input
      {...nativeInputAttrs(props)}
      className="w-input w-time"
      type="time"
      step={field.step && field.step < 60 ? field.step : undefined}
      min={typeof field.min === "string" ? toTimeInput(field.min) || undefined : undefined}
      max={typeof field.max === "string" ? toTimeInput(field.max) || undefined : undefined}
      value={toTimeInput(value)}
      onChange={(e) => onChange(e.target.value === "" ? null : e.target.value)}
    />
  );
}
