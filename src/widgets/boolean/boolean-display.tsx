import type { WidgetDisplayProps } from "../types.ts";
import { EmptyValue } from "../shared/empty-value.tsx";
import { toBoolean } from "./to-boolean.ts";
import { t } from "../messages.ts";

/** ✓ Yes / ✗ No: an icon for the eye, the word for screen readers. */
export function BooleanDisplay({ value }: WidgetDisplayProps) {
  const b = toBoolean(value);
  if (b === null) return <EmptyValue />;
  return (
    <span className={b ? "w-bool w-bool-yes" : "w-bool w-bool-no"}>
      <span aria-hidden="true">{b ? "✓" : "✗"}</span>
      <span className="w-sr-only">{b ? t("yes") : t("no")}</span>
    </span>
  );
}
