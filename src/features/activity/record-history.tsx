// Contract stub: the activity task replaces the body. The record page shows it where the backend
// offers activity filtered by record.
import type { ResourceSchema } from "../../protocol/types.ts";
import type { Id } from "../../backend/types.ts";

export interface RecordHistoryProps {
  resource: ResourceSchema;
  id: Id;
}

export function RecordHistory(_props: RecordHistoryProps) {
  return null;
}
