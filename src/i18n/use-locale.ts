import { useSyncExternalStore } from "react";
import { rememberLocale } from "./locale.ts";
import { activateLocale, activeLocale, onLocaleChange } from "./translate.ts";
import type { Locale } from "./types.ts";

/** The language spoken now; re-renders when it changes. */
export function useLocale(): Locale {
  return useSyncExternalStore(onLocaleChange, activeLocale, activeLocale);
}

/** The user's choice of language: loaded, spoken and remembered for the next visit. */
export async function chooseLocale(locale: Locale): Promise<void> {
  await activateLocale(locale);
  rememberLocale(locale);
}

/** A language's own name ("English", "Svenska"), as a language menu shows it. */
export function localeAutonym(locale: Locale): string {
  const name = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
