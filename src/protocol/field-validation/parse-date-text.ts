// Dates, date-times and times as people and spreadsheets write them (import cells), read into
// ISO 8601.
import type { CoerceOptions, DateOrder } from "./types.ts";
import { ISO_DATE, ISO_DATE_TIME, isIsoDateString, isValidYmd } from "./iso-date.ts";

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function expandYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

function defaultOrderFor(locale: string | undefined): DateOrder {
  if (!locale) return "DMY";
  const region = locale.split(/[-_]/)[1]?.toUpperCase();
  if (region && ["US", "PH", "FM", "MH", "PW", "BZ"].includes(region)) return "MDY";
  if (locale.toLowerCase() === "en") return "MDY";
  return "DMY";
}

const TIME_PART = /^(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*([ap]\.?m\.?)?$/i;

/** A time as `HH:MM:SS` (24 h, fraction kept), from `H:MM`, `H:MM:SS` or 12 h with am/pm; else null. */
export function parseTimeText(text: string): string | null {
  const m = TIME_PART.exec(text.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const sec = m[3] !== undefined ? Number(m[3]) : 0;
  const ampm = m[5]?.toLowerCase().replace(/\./g, "");
  if (ampm) {
    if (h < 1 || h > 12) return null;
    if (ampm === "am" && h === 12) h = 0;
    if (ampm === "pm" && h !== 12) h += 12;
  }
  if (h > 23 || min > 59 || sec > 59) return null;
  return `${pad(h)}:${pad(min)}:${pad(sec)}${m[4] ?? ""}`;
}

const NUMERIC_DATE = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})$/;

/**
 * Reads a date or date-time into ISO 8601: "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS" (no offset
 * unless the text had one). Accepts ISO, "yyyy/mm/dd", "dd.mm.yyyy", and "a/b/yyyy" or
 * "a-b-yyyy" in the given order (else the unambiguous reading, else the locale's order).
 */
export function parseDateText(text: string, opts: Pick<CoerceOptions, "locale" | "dateOrder"> = {}): string | null {
  const s = text.trim();
  if (isIsoDateString(s)) {
    if (ISO_DATE.test(s)) return s;
    const t = ISO_DATE_TIME.exec(s);
    if (t && t[6] === undefined) {
      // complete seconds so every naive date-time has one shape
      return `${t[1]}-${t[2]}-${t[3]}T${t[4]}:${t[5]}:00${t[7] ?? ""}`;
    }
    return s.replace(" ", "T");
  }
  const split = /^(\S+)(?:[ T]+(.+))?$/.exec(s);
  if (!split) return null;
  const datePart = split[1] ?? "";
  const timePart = split[2];
  const m = NUMERIC_DATE.exec(datePart);
  if (!m) return null;
  const [, a = "", sep = "", b = "", c = ""] = m;
  let y: number, mo: number, d: number;
  if (a.length === 4) {
    if (c.length > 2) return null;
    y = Number(a);
    mo = Number(b);
    d = Number(c);
  } else {
    if (a.length > 2 || (c.length !== 2 && c.length !== 4)) return null;
    let order: DateOrder | undefined = opts.dateOrder && opts.dateOrder !== "YMD" ? opts.dateOrder : undefined;
    if (!order) {
      if (sep === ".") order = "DMY";
      else if (Number(a) > 12) order = "DMY";
      else if (Number(b) > 12) order = "MDY";
      else order = defaultOrderFor(opts.locale);
    }
    y = expandYear(c);
    d = Number(order === "DMY" ? a : b);
    mo = Number(order === "DMY" ? b : a);
  }
  if (!isValidYmd(y, mo, d)) return null;
  const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  if (timePart === undefined) return date;
  const time = parseTimeText(timePart);
  return time ? `${date}T${time}` : null;
}

/**
 * The order of day/month/year in a column of dates: YMD when they start with a 4-digit year;
 * DMY or MDY when some value has a part above 12; DMY for dot-separated dates. Null when the
 * samples hold no numeric dates or contradict each other.
 */
export function detectDateOrder(samples: string[]): DateOrder | null {
  let ymd = 0;
  let dmy = 0;
  let mdy = 0;
  let dotted = 0;
  let numeric = 0;
  for (const raw of samples) {
    const datePart = raw.trim().split(/[ T]/)[0] ?? "";
    const m = NUMERIC_DATE.exec(datePart);
    if (!m) continue;
    numeric++;
    const [, a = "", sep = "", b = ""] = m;
    if (a.length === 4) {
      ymd++;
      continue;
    }
    if (sep === ".") dotted++;
    if (Number(a) > 12 && Number(b) <= 12) dmy++;
    else if (Number(b) > 12 && Number(a) <= 12) mdy++;
  }
  if (numeric === 0) return null;
  if (ymd === numeric) return "YMD";
  if (dmy > 0 && mdy > 0) return null;
  if (dmy > 0) return "DMY";
  if (mdy > 0) return "MDY";
  if (dotted > 0) return "DMY";
  return null;
}
