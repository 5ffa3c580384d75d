// The record form's buttons: Save, Save and add another (page create forms), Cancel, and the
// saving status.
import type { MouseEvent } from "react";
import { useRecordFormContext } from "./record-form-context.ts";
import { t } from "./messages.ts";

export function FormActionBar({ onCancel }: { onCancel: () => void }) {
  const { mode, embedded, saving, chooseIntent } = useRecordFormContext();
  return (
    <div className="rf-actions rf-form-actions">
      <button type="submit" className="btn btn-primary" aria-busy={saving || undefined} onMouseDown={keepFocus} onClick={() => chooseIntent("save")}>
        {t("save")}
      </button>
      {mode === "create" && !embedded && (
        <button type="submit" className="btn" onMouseDown={keepFocus} onClick={() => chooseIntent("save-and-add")}>
          {t("saveAndAdd")}
        </button>
      )}
      <button type="button" className="btn btn-ghost" onMouseDown={keepFocus} onClick={onCancel}>
        {t("cancel")}
      </button>
      {saving && (
        <span role="status" className="muted">
          {t("saving")}
        </span>
      )}
    </div>
  );
}

/**
 * Pressing a form button must not blur the field first: blur validation would insert an error
 * message, move the button away from the pointer and swallow the click.
 */
function keepFocus(e: MouseEvent<HTMLButtonElement>) {
  if (e.button === 0) e.preventDefault();
}
