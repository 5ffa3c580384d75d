import type { WidgetDisplayProps } from "../types.ts";
import { EmptyValue } from "../shared/empty-value.tsx";
import { parseColor } from "../../ui/color.ts";
import { highlightText } from "../shared/highlight.tsx";
import { isEmptyValue, valueToText } from "../shared/is-empty.ts";

/** A colour swatch (decorative) followed by its hex / CSS text. */
export function ColorDisplay({ value, highlight }: WidgetDisplayProps) {
  if (isEmptyValue(value)) return <EmptyValue />;
  const text = valueToText(value).trim();
  const ok = parseColor(text) !== null;
  return (
    <span className="w-color-value">
      {ok && <span className="w-swatch" style={{ backgroundColor: text }} aria-hidden="true" />}
      <span className="w-code">
        {highlightText(text, highlight)}
      </span>
    </span>
  );
}
