import { Link } from "react-router";
import type { ActivityEntry } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { actionVerb, isDeletion } from "./activity-action.ts";
import { ActivityChanges } from "./activity-changes.tsx";
import type { ShownName } from "./activity-names.ts";
import { absoluteTime, parseServerTime, relativeTime } from "../shared/activity-time.ts";
import type { ActivityNaming } from "./use-activity-naming.ts";
import { t } from "./messages.ts";

export interface ActivityItemProps {
  entry: ActivityEntry;
  naming: ActivityNaming;
  /** Time reference for relative times (tests; defaults to now). */
  now?: Date;
  /** Per-record history: the record is the page itself, so name neither it nor its model. */
  inRecord?: boolean;
}

interface TargetProps {
  entry: ActivityEntry;
  resource: ResourceSchema | null;
  name: ShownName | null;
}

/** The changed record: its kind and name, linked while it exists ("Order ORD-12", "Category Tents (deleted)"). */
function ActivityTarget({ entry, resource, name }: TargetProps) {
  const kind = resource?.label ?? entry.resource;
  if (!name) return <span className="activity-target">{kind || t("aRecord")}</span>;
  if (name.state === "gone") {
    return (
      <span className="activity-target" title={t("recordId", { id: name.id })}>
        {kind} {name.text} <span className="muted">{t("deletedMark")}</span>
      </span>
    );
  }
  const text = (
    <span className={name.state === "pending" ? "muted" : undefined} title={name.state === "named" ? undefined : t("recordId", { id: name.id })}>
      {name.text}
    </span>
  );
  return (
    <span className="activity-target">
      {kind}{" "}
      {resource && !isDeletion(entry.action) ? <Link to={`/r/${encodeURIComponent(resource.name)}/${encodeURIComponent(name.id)}`}>{text}</Link> : text}
    </span>
  );
}

function ActivityWhen({ timestamp, now }: { timestamp: string; now: Date | undefined }) {
  const when = parseServerTime(timestamp);
  if (!when) return timestamp ? <span className="activity-time muted">{timestamp}</span> : null;
  return (
    <time className="activity-time muted" dateTime={when.toISOString()} title={absoluteTime(when)}>
      {relativeTime(when, now)}
    </time>
  );
}

/** One activity entry: who did what to which record, when, and the changed fields (old → new). */
export function ActivityItem({ entry, naming, now, inRecord = false }: ActivityItemProps) {
  const resource = naming.resourceOf(entry);
  return (
    <li className="activity-item">
      <div className="activity-head">
        <span className="activity-summary">
          <strong className="activity-user">{entry.user ?? t("someone")}</strong> {actionVerb(entry.action)}
          {inRecord ? ` ${t("thisRecord")}` : <> <ActivityTarget entry={entry} resource={resource} name={naming.record(entry)} /></>}
        </span>
        <ActivityWhen timestamp={entry.timestamp} now={now} />
      </div>
      <ActivityChanges changes={entry.changes} resource={resource} naming={naming} />
    </li>
  );
}
