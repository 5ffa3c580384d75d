import { matchLocale } from "./locale.ts";
import type { Locale } from "./types.ts";

/**
 * What Intl formats dates and numbers with while `locale` is spoken: the browser's own tags for
 * that language first (an "en-GB" browser keeps day-month order in English), then the bare language.
 */
export function intlLocaleFor(locale: Locale, languages: readonly string[] = globalThis.navigator?.languages ?? []): string[] {
  const regional = languages.filter((tag) => matchLocale(tag) === locale && tag.includes("-"));
  return [...new Set([...regional, locale])];
}
