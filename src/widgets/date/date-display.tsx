import type { WidgetDisplayProps } from "../types.ts";
import { EmptyValue } from "../shared/empty-value.tsx";
import { formatDate, formatDateTime, formatTime, parseDateOnly, parseInstant } from "../shared/format-date.ts";
import { highlightText } from "../shared/highlight.tsx";
import { isEmptyValue, valueToText } from "../shared/is-empty.ts";

function machineValue(value: unknown): string | undefined {
  if (typeof value === "string" && parseDateOnly(value.trim())) return value.trim();
  const d = parseInstant(value);
  return d ? d.toISOString() : undefined;
}

function DateLike({ value, text, highlight }: { value: unknown; text: string | null; highlight?: string | undefined }) {
  if (isEmptyValue(value)) return <EmptyValue />;
  if (text === null) return <span className="w-invalid-value">{highlightText(valueToText(value), highlight)}</span>;
  return (
    <time className="w-date-value" dateTime={machineValue(value)}>
      {highlightText(text, highlight)}
    </time>
  );
}

/** A calendar day in the user's locale; never shifted by the time zone. */
export function DateDisplay({ value, highlight }: WidgetDisplayProps) {
  return <DateLike value={value} text={formatDate(value)} highlight={highlight} />;
}

/** A date-time in the user's locale and time zone. */
export function DateTimeDisplay({ value, highlight }: WidgetDisplayProps) {
  return <DateLike value={value} text={formatDateTime(value)} highlight={highlight} />;
}

export function TimeDisplay({ value, highlight }: WidgetDisplayProps) {
  if (isEmptyValue(value)) return <EmptyValue />;
  const text = formatTime(value);
  return (
    <time className="w-date-value" dateTime={typeof value === "string" ? value : undefined}>
      {highlightText(text ?? valueToText(value), highlight)}
    </time>
  );
}
