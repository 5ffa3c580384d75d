// A page form asks before the user leaves it with unsaved changes (a dialog form does not).
import { UnsavedChangesGuard } from "./unsaved-changes-guard.tsx";
import { useRecordFormContext } from "./record-form-context.ts";

export function RecordFormGuard() {
  const { embedded, changed, saved, saving } = useRecordFormContext();
  if (embedded) return null;
  return <UnsavedChangesGuard when={changed.length > 0 && !saved && !saving} />;
}
