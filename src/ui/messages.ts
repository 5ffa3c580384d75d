import en from "../i18n/catalogue/en/ui.ts";
import { defineMessages } from "../i18n/translate.ts";

/** The shared UI parts' words (toasts, loading and error screens, progress, colour mode). */
export const t = defineMessages("ui", en);
