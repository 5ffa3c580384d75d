// Backend-declared dashboard widgets (litestar-admin `AdminConfig.extra["widgets"]`): `metric`
// shows its value; every other type is a titled JSON card (litestar-admin.md §13.1 client rule).
import type { DashboardData } from "../../backend/types.ts";
import { intlLocales } from "../../i18n/translate.ts";

type Widget = NonNullable<DashboardData["widgets"]>[number];

function metricValue(data: Record<string, unknown>): string | null {
  const v = data.value ?? data.count ?? data.total;
  if (typeof v === "number") return new Intl.NumberFormat(intlLocales()).format(v);
  if (typeof v === "string") return v;
  return null;
}

export function DashboardWidgets({ widgets }: { widgets: readonly Widget[] }) {
  if (widgets.length === 0) return null;
  return (
    <ul className="card-grid dashboard-widgets">
      {widgets.map((w) => {
        const metric = w.type === "metric" ? metricValue(w.data) : null;
        return (
          <li key={w.id} className="stat-card">
            <h3 className="stat-label">{w.title}</h3>
            {metric !== null ? (
              <p className="stat-value">{metric}</p>
            ) : (
              <pre className="widget-json">{JSON.stringify(w.data, null, 2)}</pre>
            )}
          </li>
        );
      })}
    </ul>
  );
}
