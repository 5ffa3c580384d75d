// Times of activity entries: server timestamps may be naive (litestar-admin on SQLite); a zone-less
// time is taken as UTC, as the rest of Atrium does. Words and formats follow the spoken language
// unless a caller names the locale.
import { intlLocales } from "../../i18n/translate.ts";

const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;

/** The instant of a server timestamp, or null when it cannot be read. */
export function parseServerTime(ts: string): Date | null {
  if (!ts) return null;
  let v = ts.trim().replace(" ", "T");
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v) && !HAS_ZONE.test(v)) v += "Z";
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** "3 minutes ago", "yesterday", "just now" (Intl.RelativeTimeFormat, numeric: auto). */
export function relativeTime(date: Date, now: Date = new Date(), locale: Intl.LocalesArgument = intlLocales()): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  if (abs < 45) return rtf.format(0, "second");
  for (const [unit, size] of UNITS) {
    if (abs >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(Math.round(seconds / 60), "minute");
}

/** The absolute time for a `title` tooltip ("23 Nov 2026, 14:05"). */
export function absoluteTime(date: Date, locale: Intl.LocalesArgument = intlLocales()): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(date);
}
