// The message catalogue at run time (Lingui's core: ICU plurals and selects over Intl, no parser in
// the build: vite.config.ts compiles the catalogue's text when it builds). Each area's English is
// registered by the module that uses it, so it travels in that module's chunk; another language is
// loaded whole when chosen, before the app renders.
import { setupI18n, type Messages as CompiledMessages } from "@lingui/core";
import { intlLocaleFor } from "./intl-locale.ts";
import type { Locale, Messages, Translate } from "./types.ts";

const i18n = setupI18n({ locale: "en", locales: intlLocaleFor("en"), messages: { en: {}, sv: {} } });

function inArea(area: string, messages: Messages): CompiledMessages {
  const out: CompiledMessages = {};
  for (const [id, text] of Object.entries(messages)) out[`${area}.${id}`] = text;
  return out;
}

/**
 * Registers an area's English (a file of src/i18n/catalogue/en/, named as the area) and returns
 * its typed lookup. Ids are checked by the compiler; placeholders by catalogue.test.ts.
 */
export function defineMessages<M extends Messages>(area: string, english: M): Translate<M> {
  i18n.load("en", inArea(area, english));
  return (id, values) => i18n._(`${area}.${id}`, values);
}

/** Every area of the other languages, each loaded only when chosen. */
const TRANSLATIONS: Record<Exclude<Locale, "en">, () => Promise<Record<string, Messages>>> = {
  sv: () => import("./catalogue/sv/index.ts").then((m) => m.sv),
};

/** Loads the locale's text (English is always there) and makes it the one spoken. */
export async function activateLocale(locale: Locale): Promise<void> {
  if (locale !== "en") {
    const areas = await TRANSLATIONS[locale]();
    for (const [area, messages] of Object.entries(areas)) i18n.load(locale, inArea(area, messages));
  }
  i18n.activate(locale, intlLocaleFor(locale));
  if (typeof document !== "undefined") document.documentElement.lang = locale;
}

/** The language spoken now. */
export const activeLocale = (): Locale => (i18n.locale === "sv" ? "sv" : "en");

/** The BCP 47 tags Intl formats with: the browser's own regional variant of the spoken language. */
export const intlLocales = (): string[] => intlLocaleFor(activeLocale());

/** Calls `listener` after every change of language; returns the unsubscribe. */
export const onLocaleChange = (listener: () => void): (() => void) => i18n.on("change", listener);
