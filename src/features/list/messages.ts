import en from "../../i18n/catalogue/en/list.ts";
import { defineMessages } from "../../i18n/translate.ts";

/** The list's words (header, toolbar, filters, table, pager, selection, row delete). */
export const t = defineMessages("list", en);
