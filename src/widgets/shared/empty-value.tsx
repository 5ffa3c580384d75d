import { t } from "../messages.ts";

/** The "no value" mark in cells and details. */
export function EmptyValue() {
  return (
    <span className="w-empty">
      <span aria-hidden="true">—</span>
      <span className="w-sr-only">{t("empty")}</span>
    </span>
  );
}
