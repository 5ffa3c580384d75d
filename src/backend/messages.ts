import en from "../i18n/catalogue/en/backend.ts";
import { defineMessages } from "../i18n/translate.ts";

/** What the adapters tell an admin when a request fails (ApiError messages). */
export const t = defineMessages("backend", en);
