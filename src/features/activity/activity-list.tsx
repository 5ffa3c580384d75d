import type { ActivityEntry } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { ActivityItem } from "./activity-item.tsx";
import { useActivityNaming } from "./use-activity-naming.ts";
import "./activity.css";

export interface ActivityListProps {
  entries: readonly ActivityEntry[];
  resources: readonly ResourceSchema[];
  /** Accessible name of the list. */
  label: string;
  inRecord?: boolean;
  now?: Date;
}

/** Activity entries, newest first, as an ordered list; records and related values by their labels. */
export function ActivityList({ entries, resources, label, inRecord, now }: ActivityListProps) {
  const naming = useActivityNaming({ entries, resources, inRecord: inRecord ?? false });
  return (
    <ol className="activity-list" aria-label={label}>
      {entries.map((e, i) => (
        <ActivityItem
          key={`${e.timestamp}-${e.resource}-${e.recordId ?? ""}-${i}`}
          entry={e}
          naming={naming}
          {...(inRecord !== undefined ? { inRecord } : {})}
          {...(now ? { now } : {})}
        />
      ))}
    </ol>
  );
}
