// Activity entries per local calendar day, for the dashboard's sparklines.
import type { ActivityEntry } from "../../backend/types.ts";
import { parseServerTime } from "../shared/activity-time.ts";

export interface DayCount {
  /** Local midnight of the day. */
  day: Date;
  count: number;
}

const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate());

/**
 * `days` consecutive local days ending with the day of `end`, oldest first, each with the number
 * of entries (optionally only those `match` accepts) whose timestamp falls on it.
 */
export function dailyCounts(entries: readonly ActivityEntry[], days: number, end: Date, match?: (e: ActivityEntry) => boolean): DayCount[] {
  const last = startOfDay(end);
  const out: DayCount[] = [];
  for (let i = days - 1; i >= 0; i--) {
    out.push({ day: new Date(last.getFullYear(), last.getMonth(), last.getDate() - i), count: 0 });
  }
  const index = new Map(out.map((d, i) => [d.day.getTime(), i] as const));
  for (const e of entries) {
    if (match && !match(e)) continue;
    const t = parseServerTime(e.timestamp);
    if (!t) continue;
    const i = index.get(startOfDay(t).getTime());
    const slot = i === undefined ? undefined : out[i];
    if (slot) slot.count++;
  }
  return out;
}

/** The newest entry's time (the feed is newest first, but do not rely on it), or null. */
export function newestTime(entries: readonly ActivityEntry[]): Date | null {
  let best: Date | null = null;
  for (const e of entries) {
    const t = parseServerTime(e.timestamp);
    if (t && (!best || t > best)) best = t;
  }
  return best;
}
