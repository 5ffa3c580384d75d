import type { ActivityEntry } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { ActivityItem } from "./activity-item.tsx";
import "./activity.css";

export interface ActivityListProps {
  entries: readonly ActivityEntry[];
  resources: readonly ResourceSchema[];
  /** Accessible name of the list. */
  label: string;
  inRecord?: boolean;
  now?: Date;
}

/** Activity entries, newest first, as an ordered list. */
export function ActivityList({ entries, resources, label, inRecord, now }: ActivityListProps) {
  return (
    <ol className="activity-list" aria-label={label}>
      {entries.map((e, i) => (
        <ActivityItem
          key={`${e.timestamp}-${e.resource}-${e.recordId ?? ""}-${i}`}
          entry={e}
          resources={resources}
          {...(inRecord !== undefined ? { inRecord } : {})}
          {...(now ? { now } : {})}
        />
      ))}
    </ol>
  );
}
