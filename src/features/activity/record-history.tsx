// The per-record history panel on the record page: this record's activity entries (who, when,
// field diffs), with a link to the full activity page filtered to it. Renders nothing when the
// backend has no activity for this user.
import { useId, useState } from "react";
import { Link } from "react-router";
import type { ResourceSchema } from "../../protocol/types.ts";
import type { Id } from "../../backend/types.ts";
import { useSchema } from "../../data/schema-context.tsx";
import { useActivity, useActivitySupported } from "../../data/use-activity.ts";
import { ActivityList } from "./activity-list.tsx";
import { t } from "./messages.ts";

export interface RecordHistoryProps {
  resource: ResourceSchema;
  id: Id;
}

export const RECORD_HISTORY_LIMIT = 10;

export function RecordHistory({ resource, id }: RecordHistoryProps) {
  const supported = useActivitySupported();
  if (!supported) return null;
  return <RecordHistoryPanel resource={resource} id={id} />;
}

function RecordHistoryPanel({ resource, id }: RecordHistoryProps) {
  const schema = useSchema();
  const headingId = useId();
  const [limit, setLimit] = useState(RECORD_HISTORY_LIMIT);
  const activity = useActivity({ resource: resource.name, recordId: id, limit });
  const entries = activity.data ?? [];
  const all = `/activity?resource=${encodeURIComponent(resource.name)}&record=${encodeURIComponent(String(id))}`;

  return (
    <section className="record-history" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("history")}</h2>
      {activity.isError ? (
        <p role="alert">
          {t("historyLoadError", { reason: activity.error instanceof Error ? activity.error.message : t("unknownError") })}{" "}
          <button type="button" className="btn btn-ghost" onClick={() => void activity.refetch()}>
            {t("retry")}
          </button>
        </p>
      ) : activity.isPending ? (
        <p className="muted">{t("historyLoading")}</p>
      ) : entries.length === 0 ? (
        <p className="muted">{t("historyEmpty", { label: resource.label.toLowerCase() })}</p>
      ) : (
        <>
          <ActivityList entries={entries} resources={schema.resources} label={t("historyOf", { label: resource.label.toLowerCase() })} inRecord />
          <p className="activity-more">
            {entries.length >= limit && (
              <>
                <button type="button" className="btn" disabled={activity.isFetching} onClick={() => setLimit((n) => n + RECORD_HISTORY_LIMIT)}>
                  {t("showOlder")}
                </button>{" "}
              </>
            )}
            <Link to={all}>{t("openInLog")}</Link>
          </p>
        </>
      )}
    </section>
  );
}
