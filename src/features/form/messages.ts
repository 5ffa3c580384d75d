import en from "../../i18n/catalogue/en/form.ts";
import { defineMessages } from "../../i18n/translate.ts";

/** The record form's and record pages' words (schema labels come from the server). */
export const t = defineMessages("form", en);
