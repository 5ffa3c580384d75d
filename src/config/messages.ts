import en from "../i18n/catalogue/en/config.ts";
import { defineMessages } from "../i18n/translate.ts";

/** What the boot error screen says of an unusable configuration (ConfigError messages). */
export const t = defineMessages("config", en);
