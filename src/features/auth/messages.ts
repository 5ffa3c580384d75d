import en from "../../i18n/catalogue/en/auth.ts";
import { defineMessages } from "../../i18n/translate.ts";

/** Sign-in's words: the sign-in screen and form, the demo hint, the session-lost dialog. */
export const t = defineMessages("auth", en);
