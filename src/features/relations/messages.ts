import en from "../../i18n/catalogue/en/relations.ts";
import { defineMessages } from "../../i18n/translate.ts";

/** The relation picker's words (input, options, chips, "Create new"). */
export const t = defineMessages("relations", en);
