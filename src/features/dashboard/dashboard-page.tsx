// Route entry for /dashboard (own lazy chunk): record counts per model as cards (each with a
// sparkline of its changes per day when the backend shares activity), a bar chart of the counts,
// backend widgets and the recent activity with links into the records.
import { Link } from "react-router";
import type { ActivityEntry, DashboardData } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { useSchema } from "../../data/schema-context.tsx";
import { useDashboard } from "../../data/use-dashboard.ts";
import { useActivity, useActivitySupported } from "../../data/use-activity.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { ActivityList } from "../activity/activity-list.tsx";
import { resolveActivityResource } from "../activity/resolve-activity-resource.ts";
import { dailyCounts, newestTime } from "./daily-counts.ts";
import { DashboardWidgets } from "./dashboard-widgets.tsx";
import { ModelBarChart } from "./model-bar-chart.tsx";
import { Sparkline } from "./sparkline.tsx";
import "./dashboard.css";

export const TREND_DAYS = 14;
export const DASHBOARD_ACTIVITY_LIMIT = 100;
export const RECENT_ACTIVITY_SHOWN = 8;

interface ModelCount {
  key: string;
  label: string;
  count: number;
  resource: ResourceSchema | null;
}

/** Dashboard models in schema order (unknown ones last), each mapped to its schema resource. */
function modelCounts(data: DashboardData | undefined, resources: readonly ResourceSchema[]): ModelCount[] {
  if (!data) return [];
  const mapped = data.models.map((m) => {
    const resource = resolveActivityResource(resources, m.resource) ?? resolveActivityResource(resources, m.label);
    return { key: m.resource, label: resource?.label_plural ?? m.label, count: m.count, resource };
  });
  const order = (m: ModelCount) => (m.resource ? resources.indexOf(m.resource) : resources.length);
  return mapped.sort((a, b) => order(a) - order(b));
}

export function DashboardPage() {
  const schema = useSchema();
  useDocumentTitle("Dashboard", schema.title);
  const dashboard = useDashboard();
  const activitySupported = useActivitySupported();
  const activity = useActivity({ limit: DASHBOARD_ACTIVITY_LIMIT });
  const nf = new Intl.NumberFormat();
  const models = modelCounts(dashboard.data, schema.resources);
  const total = dashboard.data?.totalRecords ?? models.reduce((n, m) => n + m.count, 0);
  const entries: ActivityEntry[] = activity.data ?? [];
  const trendEnd = newestTime(entries);
  const dayFmt = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short" });

  return (
    <section>
      <div className="page-header">
        <h1>Dashboard</h1>
        {dashboard.data && (
          <p className="dashboard-total muted">
            {nf.format(total)} records in {nf.format(models.length)} {models.length === 1 ? "model" : "models"}
          </p>
        )}
      </div>

      {dashboard.isError ? (
        <div className="error-state" role="alert">
          <p>Could not load the record counts: {dashboard.error instanceof Error ? dashboard.error.message : "unknown error"}</p>
          <button type="button" className="btn" onClick={() => void dashboard.refetch()}>
            Retry
          </button>
        </div>
      ) : dashboard.isPending ? (
        <p className="muted" role="status">
          Loading record counts…
        </p>
      ) : (
        <>
          <section className="dashboard-section" aria-labelledby="dashboard-records">
            <h2 id="dashboard-records">Records</h2>
            {models.length === 0 && <p className="empty-state">The server reported no models to count.</p>}
            <ul className="card-grid model-cards">
              {models.map((m) => {
                const trend =
                  activitySupported && trendEnd && m.resource
                    ? dailyCounts(entries, TREND_DAYS, trendEnd, (e) => resolveActivityResource(schema.resources, e.resource) === m.resource)
                    : null;
                const changes = trend?.reduce((n, d) => n + d.count, 0) ?? 0;
                const body = (
                  <>
                    <span className="stat-label">{m.label}</span>
                    <span className="stat-value">{nf.format(m.count)}</span>
                    {trend && trendEnd && (
                      <span className="model-card-trend">
                        <Sparkline
                          values={trend.map((d) => d.count)}
                          label={`${m.label}: changes per day over the ${TREND_DAYS} days to ${dayFmt.format(trendEnd)}: ${trend.map((d) => d.count).join(", ")}`}
                        />
                        <span aria-hidden="true">
                          {changes} {changes === 1 ? "change" : "changes"}
                        </span>
                      </span>
                    )}
                  </>
                );
                return (
                  <li key={m.key}>
                    {m.resource ? (
                      <Link to={`/r/${encodeURIComponent(m.resource.name)}`} className="stat-card model-card">
                        {body}
                      </Link>
                    ) : (
                      <div className="stat-card model-card">{body}</div>
                    )}
                  </li>
                );
              })}
            </ul>
            {trendEnd && activitySupported && (
              <p className="muted dashboard-note">
                Bars: changes per day over the {TREND_DAYS} days to {dayFmt.format(trendEnd)}
                {entries.length >= DASHBOARD_ACTIVITY_LIMIT ? `, from the latest ${DASHBOARD_ACTIVITY_LIMIT} changes` : ""}.
              </p>
            )}
          </section>

          {models.length > 1 && (
            <section className="dashboard-section" aria-labelledby="dashboard-chart">
              <h2 id="dashboard-chart">Records by model</h2>
              <ModelBarChart
                caption={`Number of records in each of the ${models.length} models`}
                data={[...models].sort((a, b) => b.count - a.count).map((m) => ({ label: m.label, value: m.count }))}
              />
            </section>
          )}

          {dashboard.data?.widgets && dashboard.data.widgets.length > 0 && (
            <section className="dashboard-section" aria-labelledby="dashboard-widgets">
              <h2 id="dashboard-widgets">Widgets</h2>
              <DashboardWidgets widgets={dashboard.data.widgets} />
            </section>
          )}
        </>
      )}

      {activitySupported && (
        <section className="dashboard-section" aria-labelledby="dashboard-activity">
          <div className="dashboard-section-head">
            <h2 id="dashboard-activity">Recent activity</h2>
            <Link to="/activity">View all activity</Link>
          </div>
          {activity.isError ? (
            <p role="alert">Could not load the recent activity: {activity.error instanceof Error ? activity.error.message : "unknown error"}</p>
          ) : activity.isPending ? (
            <p className="muted">Loading activity…</p>
          ) : entries.length === 0 ? (
            <p className="empty-state">No activity yet.</p>
          ) : (
            <ActivityList entries={entries.slice(0, RECENT_ACTIVITY_SHOWN)} resources={schema.resources} label="Recent activity" />
          )}
        </section>
      )}
    </section>
  );
}
