import { intlLocales } from "../../i18n/translate.ts";
import { t } from "./messages.ts";

/** "1–25 of 12,000" (en dash, the locale's digits); "0 of 0" when empty. */
export function rangeText(page: number, perPage: number, total: number, shown: number, locale: Intl.LocalesArgument = intlLocales()): string {
  const nf = new Intl.NumberFormat(locale);
  if (total <= 0 || shown <= 0) return t("rangeOf", { range: nf.format(0), total: nf.format(Math.max(total, 0)) });
  const from = (page - 1) * perPage + 1;
  const to = from + shown - 1;
  return t("rangeOf", { range: `${nf.format(from)}–${nf.format(to)}`, total: nf.format(total) });
}
