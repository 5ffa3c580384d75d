import type { WidgetDisplayProps } from "../types.ts";
import { EmptyValue } from "../shared/empty-value.tsx";
import { highlightText } from "../shared/highlight.tsx";
import { isEmptyValue, valueToText } from "../shared/is-empty.ts";
import { TruncatedText } from "../shared/truncated-text.tsx";
import { compactJson, jsonToText } from "./json-text.ts";

export const JSON_CELL_MAX = 60;

/** JSON: compact and truncated in cells, pretty-printed in the detail view. */
export function JsonDisplay({ value, variant, highlight }: WidgetDisplayProps) {
  if (value === null || value === undefined) return <EmptyValue />;
  if (variant === "cell") return <TruncatedText className="w-code" text={compactJson(value)} max={JSON_CELL_MAX} highlight={highlight} />;
  return (
    <pre className="w-pre w-code">
      {highlightText(jsonToText(value), highlight)}
    </pre>
  );
}

/** Code: monospace; truncated in cells, a block in the detail view. */
export function CodeDisplay({ value, variant, highlight }: WidgetDisplayProps) {
  if (isEmptyValue(value)) return <EmptyValue />;
  const text = valueToText(value);
  if (variant === "cell") return <TruncatedText className="w-code" text={text} max={JSON_CELL_MAX} highlight={highlight} />;
  return (
    <pre className="w-pre w-code">
      {highlightText(text, highlight)}
    </pre>
  );
}
