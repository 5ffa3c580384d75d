import en from "../../i18n/catalogue/en/validation.ts";
import { defineMessages, intlLocales } from "../../i18n/translate.ts";

/** Field validation's words (the record form's and the import's messages about a value). */
export const t = defineMessages("validation", en);

/** A bound or step as the spoken language writes it, ungrouped ("1000", "0,05" in Swedish). */
export function boundText(n: number): string {
  return new Intl.NumberFormat(intlLocales(), { useGrouping: false, maximumFractionDigits: 20 }).format(n);
}
