import en from "../../i18n/catalogue/en/import.ts";
import { defineMessages } from "../../i18n/translate.ts";

/** The import wizard's words (steps, mapping, preview, run, report, row errors, the failed-rows file). */
export const t = defineMessages("import", en);
