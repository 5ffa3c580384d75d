import { Link } from "react-router";
import type { ActivityEntry } from "../../backend/types.ts";
import type { FieldSchema, ResourceSchema } from "../../protocol/types.ts";
import { fieldLabel } from "../../protocol/labels.ts";
import { formatCell } from "../list/format-cell.ts";
import { MaskedValue } from "../../widgets/gdpr-marker.tsx";
import { actionVerb, isDeletion } from "./activity-action.ts";
import { absoluteTime, parseServerTime, relativeTime } from "./activity-time.ts";
import { resolveActivityResource } from "./resolve-activity-resource.ts";

export interface ActivityItemProps {
  entry: ActivityEntry;
  resources: readonly ResourceSchema[];
  /** Time reference for relative times (tests; defaults to now). */
  now?: Date;
  /** Per-record history: the record is the page itself, so name neither it nor its model. */
  inRecord?: boolean;
}

function ChangeValue({ name, field, value, side }: { name: string; field: FieldSchema | undefined; value: unknown; side: "before" | "after" }) {
  const cell = formatCell(value, field);
  const text = (
    <span className={cell.empty ? "muted" : undefined} title={cell.title}>
      {cell.empty ? "(empty)" : cell.text}
    </span>
  );
  if (field?.gdpr && !cell.empty) return <MaskedValue label={`${fieldLabel(name, field)} ${side}`}>{text}</MaskedValue>;
  return text;
}

/** One activity entry: who did what to which record, when, and the changed fields (old → new). */
export function ActivityItem({ entry, resources, now, inRecord = false }: ActivityItemProps) {
  const resource = resolveActivityResource(resources, entry.resource);
  const when = parseServerTime(entry.timestamp);
  const changes = Object.entries(entry.changes);
  const who = entry.user ?? "Someone";
  const recordName = resource ? `${resource.label} ${entry.recordId ?? ""}`.trim() : `${entry.resource} ${entry.recordId ?? ""}`.trim();
  const target =
    inRecord ? null : resource && entry.recordId !== null && !isDeletion(entry.action) ? (
      <Link to={`/r/${encodeURIComponent(resource.name)}/${encodeURIComponent(entry.recordId)}`}>{recordName}</Link>
    ) : (
      <span className="activity-target">{recordName || "a record"}</span>
    );

  return (
    <li className="activity-item">
      <div className="activity-head">
        <span className="activity-summary">
          <strong className="activity-user">{who}</strong> {actionVerb(entry.action)}
          {target ? <> {target}</> : inRecord ? " this record" : null}
        </span>
        {when ? (
          <time className="activity-time muted" dateTime={when.toISOString()} title={absoluteTime(when)}>
            {relativeTime(when, now)}
          </time>
        ) : (
          entry.timestamp && <span className="activity-time muted">{entry.timestamp}</span>
        )}
      </div>
      {changes.length > 0 && (
        <table className="activity-changes">
          <caption className="visually-hidden">Changed fields</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {changes.map(([name, c]) => {
              const field = resource?.fields[name];
              return (
                <tr key={name}>
                  <th scope="row">{fieldLabel(name, field)}</th>
                  <td className="activity-old">
                    <ChangeValue name={name} field={field} value={c.old} side="before" />
                  </td>
                  <td className="activity-new">
                    <ChangeValue name={name} field={field} value={c.new} side="after" />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </li>
  );
}
