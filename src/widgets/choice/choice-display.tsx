import type { WidgetDisplayProps } from "../types.ts";
import { EmptyValue } from "../shared/empty-value.tsx";
import { isEmptyValue, valueToText } from "../shared/is-empty.ts";
import { findOption, toArray } from "../shared/option-value.ts";
import { Badge, OptionBadge } from "./option-badge.tsx";

/** A select value as a badge labelled by its option (unknown values show as they are). */
export function SelectDisplay({ field, value, highlight }: WidgetDisplayProps) {
  if (isEmptyValue(value)) return <EmptyValue />;
  const option = findOption(field, value);
  return option ? <OptionBadge option={option} highlight={highlight} /> : <Badge text={valueToText(value)} highlight={highlight} />;
}

/** Several values (multiselect, tags) as a row of badges. */
export function BadgeListDisplay({ field, value, highlight }: WidgetDisplayProps) {
  const values = toArray(value);
  if (values.length === 0) return <EmptyValue />;
  return (
    <span className="w-badges">
      {values.map((v, i) => {
        const option = findOption(field, v);
        return option ? (
          <OptionBadge key={i} option={option} highlight={highlight} />
        ) : (
          <Badge key={i} text={valueToText(v)} highlight={highlight} />
        );
      })}
    </span>
  );
}
