// Which language to speak: the one the user chose (remembered in localStorage), else the first of
// the browser's languages that Atrium speaks, else English. No Lingui here: the entry reads it.
import { LOCALES, type Locale } from "./types.ts";

const STORAGE_KEY = "atrium.locale";

function isLocale(value: string | null | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? "");
}

/** "sv-SE" → "sv"; null when Atrium does not speak the language. */
export function matchLocale(tag: string): Locale | null {
  const language = tag.toLowerCase().split(/[-_]/)[0];
  return isLocale(language) ? language : null;
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked: the browser's language decides
  }
}

/** The remembered choice, else the browser's languages in order, else English. */
export function preferredLocale(languages: readonly string[] = globalThis.navigator?.languages ?? []): Locale {
  const stored = readStored();
  if (isLocale(stored)) return stored;
  for (const tag of languages) {
    const locale = matchLocale(tag);
    if (locale) return locale;
  }
  return "en";
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // not remembered where storage is blocked; the choice still holds for this page
  }
}
