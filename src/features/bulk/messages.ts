import en from "../../i18n/catalogue/en/bulk.ts";
import { defineMessages } from "../../i18n/translate.ts";

/** The bulk actions' words (toolbar, confirmation, progress, result). */
export const t = defineMessages("bulk", en);
