import en from "../../i18n/catalogue/en/dashboard.ts";
import { defineMessages } from "../../i18n/translate.ts";

/** The dashboard's words (counts, trends, chart, recent activity). */
export const t = defineMessages("dashboard", en);
