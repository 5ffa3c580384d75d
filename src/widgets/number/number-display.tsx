import type { WidgetDisplayProps } from "../types.ts";
import { EmptyValue } from "../shared/empty-value.tsx";
import { formatNumber } from "../shared/format-number.ts";
import { highlightText } from "../shared/highlight.tsx";
import { isEmptyValue, valueToText } from "../shared/is-empty.ts";

/** Numbers in the user's locale (integers without decimals), right-aligned. */
export function NumberDisplay({ value, field, highlight }: WidgetDisplayProps) {
  if (isEmptyValue(value)) return <EmptyValue />;
  const text = formatNumber(value, field) ?? valueToText(value);
  return (
    <span className="w-num">
      {highlightText(text, highlight)}
    </span>
  );
}

export function IntegerDisplay(props: WidgetDisplayProps) {
  return <NumberDisplay {...props} field={{ ...props.field, type: "integer" }} />;
}
