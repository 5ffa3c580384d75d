// Route entry for /activity (own lazy chunk): the backend's activity feed, newest first,
// filterable by resource (?resource=) and record (?record=), with "Show more".
import { useId } from "react";
import { Link, useSearchParams } from "react-router";
import { useSchema } from "../../data/schema-context.tsx";
import { useActivity, useActivitySupported } from "../../data/use-activity.ts";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { ActivityList } from "./activity-list.tsx";
import { resolveActivityResource } from "./resolve-activity-resource.ts";

export const ACTIVITY_PAGE_SIZE = 50;

export function ActivityPage() {
  const schema = useSchema();
  useDocumentTitle("Activity", schema.title);
  const supported = useActivitySupported();
  const [params, setParams] = useSearchParams();
  const id = useId();
  const resourceName = params.get("resource") ?? "";
  const recordId = params.get("record") ?? "";
  const limit = Math.max(ACTIVITY_PAGE_SIZE, Number(params.get("limit")) || ACTIVITY_PAGE_SIZE);
  const resource = resourceName ? resolveActivityResource(schema.resources, resourceName) : null;
  const activity = useActivity({
    limit,
    ...(resource ? { resource: resource.name } : {}),
    ...(resource && recordId ? { recordId } : {}),
  });

  const update = (next: Record<string, string | null>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v === null || v === "") p.delete(k);
      else p.set(k, v);
    }
    setParams(p, { replace: true });
  };

  if (!supported) {
    return (
      <section>
        <div className="page-header">
          <h1>Activity</h1>
        </div>
        <p className="empty-state">This backend does not share an activity log with your account.</p>
      </section>
    );
  }

  const entries = activity.data ?? [];
  const mayHaveMore = entries.length >= limit;
  return (
    <section>
      <div className="page-header">
        <h1>Activity</h1>
      </div>
      <div className="activity-toolbar">
        <label htmlFor={`${id}-resource`}>
          Resource
          <select
            id={`${id}-resource`}
            className="input"
            value={resource?.name ?? ""}
            onChange={(e) => update({ resource: e.target.value, record: null, limit: null })}
          >
            <option value="">All resources</option>
            {schema.resources.map((r) => (
              <option key={r.name} value={r.name}>
                {r.label_plural}
              </option>
            ))}
          </select>
        </label>
        {resource && recordId && (
          <p className="activity-filter-note">
            Showing the history of{" "}
            <Link to={`/r/${encodeURIComponent(resource.name)}/${encodeURIComponent(recordId)}`}>
              {resource.label} {recordId}
            </Link>{" "}
            <button type="button" className="btn btn-ghost" onClick={() => update({ record: null, limit: null })}>
              Show all {resource.label_plural.toLowerCase()}
            </button>
          </p>
        )}
      </div>
      {activity.isError ? (
        <div className="error-state" role="alert">
          <p>Could not load the activity: {activity.error instanceof Error ? activity.error.message : "unknown error"}</p>
          <button type="button" className="btn" onClick={() => void activity.refetch()}>
            Retry
          </button>
        </div>
      ) : activity.isPending ? (
        <p className="muted" role="status">
          Loading activity…
        </p>
      ) : entries.length === 0 ? (
        <p className="empty-state">No activity yet.</p>
      ) : (
        <>
          <ActivityList entries={entries} resources={schema.resources} label="Activity" />
          {mayHaveMore && (
            <div className="activity-more">
              <button
                type="button"
                className="btn"
                aria-busy={activity.isFetching}
                disabled={activity.isFetching}
                onClick={() => update({ limit: String(limit + ACTIVITY_PAGE_SIZE) })}
              >
                Show more
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
