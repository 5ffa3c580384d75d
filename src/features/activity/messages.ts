import en from "../../i18n/catalogue/en/activity.ts";
import { defineMessages } from "../../i18n/translate.ts";

/** The activity feed's words: the Activity page, a record's history panel and their entries. */
export const t = defineMessages("activity", en);
