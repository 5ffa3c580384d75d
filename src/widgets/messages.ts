import en from "../i18n/catalogue/en/widgets.ts";
import { defineMessages } from "../i18n/translate.ts";

/** The widgets' words: inputs, filters and displays (schema labels come from the server). */
export const t = defineMessages("widgets", en);
