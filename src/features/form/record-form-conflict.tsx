// The conflict dialog of the record form, open while a save waits for the user's choices.
import { ConflictDialog } from "./conflict-dialog.tsx";
import { useRecordFormContext } from "./record-form-context.ts";

export function RecordFormConflict() {
  const { resource, conflict } = useRecordFormContext();
  return <ConflictDialog resource={resource} conflict={conflict.pending} onResolve={conflict.resolve} onCancel={conflict.cancel} />;
}
