// Dashboard stats and the activity feed (litestar-admin.md §13): per-model counts and widgets;
// audit entries with a string `record_id` and the `{field: {old, new}}` change map.
import type { ActivityEntry, Backend, DashboardData } from "../types.ts";
import { badResponse, isRecord } from "./litestar-context.ts";
import type { LitestarContext } from "./litestar-context.ts";

function toActivityEntry(e: Record<string, unknown>): ActivityEntry {
  const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : typeof v === "number" ? String(v) : null);
  const changes: ActivityEntry["changes"] = {};
  if (isRecord(e.details)) {
    for (const [field, c] of Object.entries(e.details)) {
      if (isRecord(c) && ("old" in c || "new" in c)) changes[field] = { old: c.old, new: c.new };
    }
  }
  return {
    action: str(e.action) ?? "change",
    resource: str(e.model) ?? "",
    recordId: str(e.record_id),
    timestamp: str(e.timestamp) ?? "",
    user: str(e.user),
    changes,
  };
}

export function litestarDashboard(ctx: LitestarContext): Required<Pick<Backend, "dashboard" | "activity">> {
  const { http } = ctx;
  return {
    async dashboard(ropts): Promise<DashboardData> {
      const res = await http.get("/api/dashboard/stats", { signal: ropts?.signal });
      if (!isRecord(res.data) || !Array.isArray(res.data.models)) {
        throw badResponse(res.status, "The server's dashboard stats are not in the expected shape.", res.data);
      }
      const data = res.data;
      const modelsOut = (data.models as unknown[]).filter(isRecord).map((m) => ({
        resource: typeof m.model_name === "string" ? m.model_name : String(m.name ?? ""),
        label: typeof m.name === "string" ? m.name : String(m.model_name ?? ""),
        count: typeof m.count === "number" ? m.count : 0,
      }));
      const out: DashboardData = { models: modelsOut };
      if (typeof data.total_records === "number") out.totalRecords = data.total_records;
      const widgets = Array.isArray(data.widgets) ? data.widgets.filter(isRecord) : [];
      out.widgets = widgets
        .filter((w) => typeof w.id === "string" && typeof w.type === "string" && typeof w.title === "string")
        .map((w) => ({
          id: w.id as string,
          type: w.type as string,
          title: w.title as string,
          data: isRecord(w.data) ? w.data : {},
        }));
      return out;
    },

    async activity(filter, ropts): Promise<ActivityEntry[]> {
      const query: [string, string][] = [["limit", String(Math.max(1, Math.floor(filter.limit)))]];
      if (filter.resource) query.push(["model_name", filter.resource]);
      if (filter.recordId !== undefined && filter.recordId !== "") query.push(["record_id", String(filter.recordId)]);
      const res = await http.get("/api/dashboard/activity", { query, signal: ropts?.signal });
      if (!Array.isArray(res.data)) return [];
      return res.data.filter(isRecord).map(toActivityEntry);
    },
  };
}
