// The dashboard's "Recent activity": the newest entries of the feed the trends count, with a
// link to the whole activity page.
import { useMemo } from "react";
import { Link } from "react-router";
import type { ActivityEntry } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import type { useActivity } from "../../data/use-activity.ts";
import { ActivityList } from "../activity/activity-list.tsx";
import { t } from "./messages.ts";

export const RECENT_ACTIVITY_SHOWN = 8;

export interface RecentActivityProps {
  activity: ReturnType<typeof useActivity>;
  resources: readonly ResourceSchema[];
}

const NO_ENTRIES: readonly ActivityEntry[] = [];

export function RecentActivity({ activity, resources }: RecentActivityProps) {
  const all = activity.data ?? NO_ENTRIES;
  // one array per answer, so the names looked up for it are not looked up again on every render
  const recent = useMemo(() => all.slice(0, RECENT_ACTIVITY_SHOWN), [all]);
  return (
    <section className="dashboard-section" aria-labelledby="dashboard-activity">
      <div className="dashboard-section-head">
        <h2 id="dashboard-activity">{t("recentActivity")}</h2>
        <Link to="/activity">{t("viewAllActivity")}</Link>
      </div>
      {activity.isError ? (
        <p role="alert">{t("recentLoadError", { reason: activity.error instanceof Error ? activity.error.message : t("unknownError") })}</p>
      ) : activity.isPending ? (
        <p className="muted">{t("loadingActivity")}</p>
      ) : recent.length === 0 ? (
        <p className="empty-state">{t("noActivity")}</p>
      ) : (
        <ActivityList entries={recent} resources={resources} label={t("recentActivity")} />
      )}
    </section>
  );
}
