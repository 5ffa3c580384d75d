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
import { DashboardTotal } from "./dashboard-total.tsx";
import { t } from "./messages.ts";
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
          <h2 id="dashboard-chart">{t("recordsByModel")}</h2>
          <ModelBarChart
            caption={t("chartCaption", { count: models.length })}
            data={[...models].sort((a, b) => b.count - a.count).map((m) => ({ label: m.label, value: m.count }))}
          />
        </section>
      )}
      {data.widgets && data.widgets.length > 0 && (
        <section className="dashboard-section" aria-labelledby="dashboard-widgets">
          <h2 id="dashboard-widgets">{t("widgets")}</h2>
          <DashboardWidgets widgets={data.widgets} />
        </section>
      )}
    </>
  );
}

export function DashboardPage() {
  const schema = useSchema();
  useDocumentTitle(t("title"), schema.title);
  const dashboard = useDashboard();
  const activitySupported = useActivitySupported();
  const activity = useActivity({ limit: DASHBOARD_ACTIVITY_LIMIT });
  const entries: readonly ActivityEntry[] = activity.data ?? [];
  const trendEnd = activitySupported ? newestTime(entries) : null;

  return (
    <section>
      <div className="page-header">
        <h1>{t("title")}</h1>
        {dashboard.data && <DashboardTotal data={dashboard.data} resources={schema.resources} />}
      </div>
      {dashboard.isError ? (
        <div className="error-state" role="alert">
          <p>{t("loadError", { reason: dashboard.error instanceof Error ? dashboard.error.message : t("unknownError") })}</p>
          <button type="button" className="btn" onClick={() => void dashboard.refetch()}>
            {t("retry")}
          </button>
        </div>
      ) : dashboard.isPending ? (
        <p className="muted" role="status">
          {t("loading")}
        </p>
      ) : (
        <DashboardCounts data={dashboard.data} resources={schema.resources} entries={entries} trendEnd={trendEnd} />
      )}
      {activitySupported && <RecentActivity activity={activity} resources={schema.resources} />}
    </section>
  );
}
