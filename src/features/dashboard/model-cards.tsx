// The "Records" section: one card per model with its count, linking to its list, and — when the
// backend shares activity — a sparkline of its changes per day.
import { Link } from "react-router";
import type { ActivityEntry } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { resolveActivityResource } from "../shared/resolve-activity-resource.ts";
import { dailyCounts } from "./daily-counts.ts";
import type { ModelCount } from "./model-counts.ts";
import { Sparkline } from "./sparkline.tsx";
import { intlLocales } from "../../i18n/translate.ts";
import { t } from "./messages.ts";

export const TREND_DAYS = 14;
export const DASHBOARD_ACTIVITY_LIMIT = 100;

const dayFormat = () => new Intl.DateTimeFormat(intlLocales(), { day: "numeric", month: "short" });

export interface ModelCardsProps {
  models: readonly ModelCount[];
  resources: readonly ResourceSchema[];
  /** The activity the trends count (empty when the backend shares none). */
  entries: readonly ActivityEntry[];
  /** The newest entry's time: the trends end on its day. Null for no trends. */
  trendEnd: Date | null;
}

function ModelCard({ model, trend, trendEnd }: { model: ModelCount; trend: number[] | null; trendEnd: Date | null }) {
  const nf = new Intl.NumberFormat(intlLocales());
  const changes = trend?.reduce((n, c) => n + c, 0) ?? 0;
  const body = (
    <>
      <span className="stat-label">{model.label}</span>
      <span className="stat-value">{nf.format(model.count)}</span>
      {trend && trendEnd && (
        <span className="model-card-trend">
          <Sparkline values={trend} label={t("trendLabel", { model: model.label, days: TREND_DAYS, day: dayFormat().format(trendEnd), values: trend.join(", ") })} />
          <span aria-hidden="true">{t("changes", { count: changes })}</span>
        </span>
      )}
    </>
  );
  return model.resource ? (
    <Link to={`/r/${encodeURIComponent(model.resource.name)}`} className="stat-card model-card">
      {body}
    </Link>
  ) : (
    <div className="stat-card model-card">{body}</div>
  );
}

export function ModelCards({ models, resources, entries, trendEnd }: ModelCardsProps) {
  const trendOf = (m: ModelCount) =>
    trendEnd && m.resource
      ? dailyCounts(entries, TREND_DAYS, trendEnd, (e) => resolveActivityResource(resources, e.resource) === m.resource).map((d) => d.count)
      : null;
  return (
    <section className="dashboard-section" aria-labelledby="dashboard-records">
      <h2 id="dashboard-records">{t("records")}</h2>
      {models.length === 0 && <p className="empty-state">{t("noModels")}</p>}
      <ul className="card-grid model-cards">
        {models.map((m) => (
          <li key={m.key}>
            <ModelCard model={m} trend={trendOf(m)} trendEnd={trendEnd} />
          </li>
        ))}
      </ul>
      {trendEnd && (
        <p className="muted dashboard-note">
          {t(entries.length >= DASHBOARD_ACTIVITY_LIMIT ? "trendNoteLatest" : "trendNote", {
            days: TREND_DAYS,
            day: dayFormat().format(trendEnd),
            limit: DASHBOARD_ACTIVITY_LIMIT,
          })}
        </p>
      )}
    </section>
  );
}
