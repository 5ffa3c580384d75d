// Route entry for /dashboard (own lazy chunk): record counts per model as cards (each with a
// sparkline of its changes per day when the backend shares activity), a bar chart of the counts,
// backend widgets and the recent activity with links into the records.
import type { ActivityEntry, DashboardData } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { useSchema } from "../../data/schema-context.tsx";
import { useDashboard } from "../../data/use-dashboard.ts";
import { useActivity, useActivitySupported } from "../../data/use-activity.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { newestTime } from "./daily-counts.ts";
import { DashboardWidgets } from "./dashboard-widgets.tsx";
import { DASHBOARD_ACTIVITY_LIMIT, ModelCards } from "./model-cards.tsx";
import { modelCounts } from "./model-counts.ts";
import { ModelBarChart } from "./model-bar-chart.tsx";
import { RecentActivity } from "./recent-activity.tsx";
import "./dashboard.css";

interface CountsProps {
  data: DashboardData;
  resources: readonly ResourceSchema[];
  entries: readonly ActivityEntry[];
  trendEnd: Date | null;
}

/** What the record counts show once loaded: the cards, the bar chart and the backend's widgets. */
function DashboardCounts({ data, resources, entries, trendEnd }: CountsProps) {
  const models = modelCounts(data, resources);
  return (
    <>
      <ModelCards models={models} resources={resources} entries={entries} trendEnd={trendEnd} />
      {models.length > 1 && (
        <section className="dashboard-section" aria-labelledby="dashboard-chart">
          <h2 id="dashboard-chart">Records by model</h2>
          <ModelBarChart
            caption={`Number of records in each of the ${models.length} models`}
            data={[...models].sort((a, b) => b.count - a.count).map((m) => ({ label: m.label, value: m.count }))}
          />
        </section>
      )}
      {data.widgets && data.widgets.length > 0 && (
        <section className="dashboard-section" aria-labelledby="dashboard-widgets">
          <h2 id="dashboard-widgets">Widgets</h2>
          <DashboardWidgets widgets={data.widgets} />
        </section>
      )}
    </>
  );
}

function DashboardTotal({ data, resources }: { data: DashboardData; resources: readonly ResourceSchema[] }) {
  const nf = new Intl.NumberFormat();
  const models = modelCounts(data, resources);
  const total = data.totalRecords ?? models.reduce((n, m) => n + m.count, 0);
  return (
    <p className="dashboard-total muted">
      {nf.format(total)} records in {nf.format(models.length)} {models.length === 1 ? "model" : "models"}
    </p>
  );
}

export function DashboardPage() {
  const schema = useSchema();
  useDocumentTitle("Dashboard", schema.title);
  const dashboard = useDashboard();
  const activitySupported = useActivitySupported();
  const activity = useActivity({ limit: DASHBOARD_ACTIVITY_LIMIT });
  const entries: readonly ActivityEntry[] = activity.data ?? [];
  const trendEnd = activitySupported ? newestTime(entries) : null;

  return (
    <section>
      <div className="page-header">
        <h1>Dashboard</h1>
        {dashboard.data && <DashboardTotal data={dashboard.data} resources={schema.resources} />}
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
        <DashboardCounts data={dashboard.data} resources={schema.resources} entries={entries} trendEnd={trendEnd} />
      )}
      {activitySupported && <RecentActivity activity={activity} resources={schema.resources} />}
    </section>
  );
}
