import en from "../../i18n/catalogue/en/export.ts";
import { defineMessages } from "../../i18n/translate.ts";

/** The export dialog's words, and those of the file's label values and the server export's errors. */
export const t = defineMessages("export", en);
