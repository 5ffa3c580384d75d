import en from "../i18n/catalogue/en/schema.ts";
import { defineMessages } from "../i18n/translate.ts";

/** How an invalid admin schema is told (the boot error screen); kept out of the validator's chunk. */
export const t = defineMessages("schema", en);
