import en from "../i18n/catalogue/en/app.ts";
import { defineMessages } from "../i18n/translate.ts";

/** The shell's words (header, navigation, user menu, boot and not-found screens). */
export const t = defineMessages("app", en);
