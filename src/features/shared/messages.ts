import en from "../../i18n/catalogue/en/shared.ts";
import { defineMessages } from "../../i18n/translate.ts";

/** The words of what several features share (cell text, failure lines). */
export const t = defineMessages("shared", en);
