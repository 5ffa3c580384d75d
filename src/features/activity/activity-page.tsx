// Route entry for /activity (own lazy chunk): the backend's activity feed, newest first,
// filterable by resource (?resource=) and record (?record=), with "Show more".
import { useSchema } from "../../data/schema-context.tsx";
import { useActivitySupported } from "../../data/use-activity.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { ActivityList } from "./activity-list.tsx";
import { ActivityToolbar } from "./activity-toolbar.tsx";
import { ACTIVITY_PAGE_SIZE, useActivityPage, type ActivityPageController } from "./use-activity-page.ts";
import { t } from "./messages.ts";

function ActivityFeed({ controller }: { controller: ActivityPageController }) {
  const { activity, entries, resources, mayHaveMore, limit, update } = controller;
  if (activity.isError) {
    return (
      <div className="error-state" role="alert">
        <p>{t("loadError", { reason: activity.error instanceof Error ? activity.error.message : t("unknownError") })}</p>
        <button type="button" className="btn" onClick={() => void activity.refetch()}>
          {t("retry")}
        </button>
      </div>
    );
  }
  if (activity.isPending) {
    return (
      <p className="muted" role="status">
        {t("loading")}
      </p>
    );
  }
  if (entries.length === 0) return <p className="empty-state">{t("empty")}</p>;
  return (
    <>
      <ActivityList entries={entries} resources={resources} label={t("title")} />
      {mayHaveMore && (
        <div className="activity-more">
          <button
            type="button"
            className="btn"
            aria-busy={activity.isFetching}
            disabled={activity.isFetching}
            onClick={() => update({ limit: String(limit + ACTIVITY_PAGE_SIZE) })}
          >
            {t("showMore")}
          </button>
        </div>
      )}
    </>
  );
}

function ActivityPageBody() {
  const controller = useActivityPage();
  return (
    <>
      <ActivityToolbar controller={controller} />
      <ActivityFeed controller={controller} />
    </>
  );
}

export function ActivityPage() {
  const schema = useSchema();
  useDocumentTitle(t("title"), schema.title);
  const supported = useActivitySupported();
  return (
    <section>
      <div className="page-header">
        <h1>{t("title")}</h1>
      </div>
      {supported ? <ActivityPageBody /> : <p className="empty-state">{t("notShared")}</p>}
    </section>
  );
}
