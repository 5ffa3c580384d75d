// Dashboard stats and the activity feed (litestar-admin.md §13): per-model counts and widgets;
// audit entries with a string `record_id`, the `{field: {old, new}}` change map and UTC timestamps.
import * as v from "valibot";
import type { ActivityEntry, Backend, DashboardData } from "../types.ts";
import { isRecord } from "./litestar-context.ts";
import type { LitestarContext } from "./litestar-context.ts";
import { readWire } from "./litestar-wire-readers.ts";
import { LitestarActivitySchema, LitestarDashboardSchema } from "./litestar-wire-types.ts";
import type { LitestarActivityEntry } from "./litestar-wire-types.ts";

const ZONELESS_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * Audit timestamps are naive on databases without time zones (SQLite, §13): the server writes
 * UTC, so a zone-less date-time gets its `Z` here and views read one kind of timestamp.
 */
function utcTimestamp(ts: string): string {
  return ZONELESS_DATE_TIME.test(ts) ? `${ts.replace(" ", "T")}Z` : ts;
}

function toActivityEntry(e: LitestarActivityEntry): ActivityEntry {
  const changes: ActivityEntry["changes"] = {};
  for (const [field, c] of Object.entries(e.details)) {
    if (isRecord(c) && ("old" in c || "new" in c)) changes[field] = { old: c.old, new: c.new };
  }
  return {
    action: e.action ?? "change",
    resource: e.model ?? "",
    recordId: e.record_id ?? null,
    timestamp: utcTimestamp(e.timestamp ?? ""),
    user: e.user ?? null,
    changes,
  };
}

export function litestarDashboard(ctx: LitestarContext): Required<Pick<Backend, "dashboard" | "activity">> {
  const { http } = ctx;
  return {
    async dashboard(ropts): Promise<DashboardData> {
      const res = await http.get("/api/dashboard/stats", { signal: ropts?.signal });
      const stats = readWire(LitestarDashboardSchema, res, "The server's dashboard stats are not in the expected shape.");
      const out: DashboardData = {
        models: stats.models.map((m) => ({ resource: m.model_name ?? m.name ?? "", label: m.name ?? m.model_name ?? "", count: m.count })),
        widgets: stats.widgets.map(({ id, type, title, data }) => ({ id, type, title, data })),
      };
      if (stats.total_records !== undefined) out.totalRecords = stats.total_records;
      return out;
    },

    async activity(filter, ropts): Promise<ActivityEntry[]> {
      const query: [string, string][] = [["limit", String(Math.max(1, Math.floor(filter.limit)))]];
      if (filter.resource) query.push(["model_name", filter.resource]);
      if (filter.recordId !== undefined && filter.recordId !== "") query.push(["record_id", String(filter.recordId)]);
      const res = await http.get("/api/dashboard/activity", { query, signal: ropts?.signal });
      const parsed = v.safeParse(LitestarActivitySchema, res.data);
      return parsed.success ? parsed.output.map(toActivityEntry) : [];
    },
  };
}
