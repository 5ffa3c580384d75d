// Offers a stored draft of the form back: restore it or discard it.
import { useRecordFormContext } from "./record-form-context.ts";

export function DraftBanner() {
  const { offered, restore, discard } = useRecordFormContext().draft;
  if (!offered) return null;
  return (
    <div className="banner rf-draft" role="region" aria-label="Unsaved draft">
      <p>You have an unsaved draft of this form from {new Date(offered.savedAt).toLocaleString()}.</p>
      <div className="rf-actions">
        <button type="button" className="btn btn-primary" onClick={restore}>
          Restore draft
        </button>
        <button type="button" className="btn" onClick={discard}>
          Discard
        </button>
      </div>
    </div>
  );
}
