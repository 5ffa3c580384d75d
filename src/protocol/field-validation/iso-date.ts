// ISO 8601 dates and date-times: the only date strings a field value (and a date bound) may be.

export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

export function isValidYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
  return d <= days;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** True for an ISO 8601 date (`YYYY-MM-DD`) or date-time with a real calendar date and time. */
export function isIsoDateString(s: string): boolean {
  const d = ISO_DATE.exec(s);
  if (d) return isValidYmd(Number(d[1]), Number(d[2]), Number(d[3]));
  const t = ISO_DATE_TIME.exec(s);
  if (!t) return false;
  if (!isValidYmd(Number(t[1]), Number(t[2]), Number(t[3]))) return false;
  return Number(t[4]) <= 23 && Number(t[5]) <= 59 && (t[6] === undefined || Number(t[6]) <= 59);
}

/** A sortable number for an ISO date/date-time; date-only and naive values are read as UTC. */
export function isoSortKey(s: string): number {
  if (ISO_DATE.test(s)) return Date.parse(`${s}T00:00:00Z`);
  const t = ISO_DATE_TIME.exec(s);
  if (t && t[7] === undefined) return Date.parse(`${s.replace(" ", "T")}Z`);
  return Date.parse(s.replace(" ", "T"));
}
