// Dates as the protocol sends them (ISO 8601 strings) ⇄ what users see and native inputs hold.
// A date-only string is a calendar day: it is never run through a time zone.
import { intlLocales } from "../../i18n/translate.ts";

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_ONLY = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/** Whether a string is a date with a time part (`2024-01-02T10:00…`). */
export function hasTimePart(value: unknown): boolean {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(value);
}

/** A calendar day `YYYY-MM-DD` as a local Date at midnight (no zone shift), else null. */
export function parseDateOnly(value: string): Date | null {
  const m = DATE_ONLY.exec(value);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** An instant from an ISO string (zone-less strings are read as UTC, as servers mean them). */
export function parseInstant(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === "number") {
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  if (typeof value !== "string" || value.trim() === "") return null;
  let v = value.trim().replace(" ", "T");
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(v)) v += "Z";
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}

export interface DateFormatOptions {
  /** IANA zone for instants (default: the user's). Calendar days never use a zone. */
  timeZone?: string;
  /** Default: the spoken language (intlLocales()). */
  locale?: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function fmt(opts: Intl.DateTimeFormatOptions, o: DateFormatOptions | undefined): Intl.DateTimeFormat {
  const locales = o?.locale ?? intlLocales();
  const key = JSON.stringify([locales, opts]);
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locales, opts);
    formatters.set(key, f);
  }
  return f;
}

/** A calendar day, formatted as that day everywhere: built and formatted in UTC. */
function formatDay(value: string, o: DateFormatOptions | undefined): string | null {
  const m = DATE_ONLY.exec(value.trim());
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(t)) return null;
  return fmt({ dateStyle: "medium", timeZone: "UTC" }, o).format(t);
}

/** A calendar day in the user's locale; a value with a time part is shown as a date-time. */
export function formatDate(value: unknown, o?: DateFormatOptions): string | null {
  if (typeof value === "string") {
    const day = formatDay(value, o);
    if (day !== null) return day;
    if (hasTimePart(value)) return formatDateTime(value, o);
  }
  const d = parseInstant(value);
  return d ? fmt({ dateStyle: "medium", timeZone: o?.timeZone }, o).format(d) : null;
}

/** An instant in the user's locale and time zone (date-only strings stay calendar days). */
export function formatDateTime(value: unknown, o?: DateFormatOptions): string | null {
  if (typeof value === "string") {
    const day = formatDay(value, o);
    if (day !== null) return day;
  }
  const d = parseInstant(value);
  return d ? fmt({ dateStyle: "medium", timeStyle: "short", timeZone: o?.timeZone }, o).format(d) : null;
}

/** A wall-clock time `HH:MM[:SS]` in the user's locale (no zone). */
export function formatTime(value: unknown, o?: DateFormatOptions): string | null {
  if (typeof value !== "string") return null;
  const m = TIME_ONLY.exec(value.trim());
  if (!m) {
    const d = hasTimePart(value) ? parseInstant(value) : null;
    return d ? fmt({ timeStyle: "short", timeZone: o?.timeZone }, o).format(d) : null;
  }
  const withSeconds = Boolean(m[3] && m[3] !== "00");
  const t = Date.UTC(2000, 0, 1, Number(m[1]), Number(m[2]), Number(m[3] ?? 0));
  return fmt({ timeStyle: withSeconds ? "medium" : "short", timeZone: "UTC" }, o).format(t);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** ISO instant → the value of an `<input type="datetime-local">` in local time. */
export function isoToLocalInput(value: unknown): string {
  if (typeof value === "string" && DATE_ONLY.test(value.trim())) return `${value.trim()}T00:00`;
  const d = parseInstant(value);
  if (!d) return "";
  const base = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return d.getSeconds() ? `${base}:${pad(d.getSeconds())}` : base;
}

/** `<input type="datetime-local">` value (local time) → ISO `YYYY-MM-DDTHH:MM:SSZ`, or null. */
export function localInputToIso(local: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(local);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  if (Number.isNaN(d.getTime())) return null;
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The `YYYY-MM-DD` part of a date value, for `<input type="date">`. */
export function toDateInput(value: unknown): string {
  if (typeof value !== "string") return "";
  const v = value.trim();
  if (DATE_ONLY.test(v)) return v;
  const d = parseInstant(v);
  return d ? `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` : "";
}

/** `HH:MM[:SS]` for `<input type="time">`. */
export function toTimeInput(value: unknown): string {
  if (typeof value !== "string") return "";
  const m = TIME_ONLY.exec(value.trim());
  if (m) return m[3] && m[3] !== "00" ? `${m[1]}:${m[2]}:${m[3]}` : `${m[1]}:${m[2]}`;
  const d = hasTimePart(value) ? parseInstant(value) : null;
  return d ? `${pad(d.getHours())}:${pad(d.getMinutes())}` : "";
}

/** An ISO bound usable as a date input's min/max (craft-easy.md §3.2: numeric bounds are ignored). */
export function isoBound(bound: unknown, kind: "date" | "datetime"): string | undefined {
  if (typeof bound !== "string" || bound.trim() === "") return undefined;
  return kind === "date" ? toDateInput(bound) || undefined : isoToLocalInput(bound) || undefined;
}
