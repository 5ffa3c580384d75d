// The row delete confirmation (loaded when it is first needed or the page is idle, see
// src/ui/lazy-popup.tsx).
import { ModalDialog, ModalTitle } from "../../ui/modal-dialog.tsx";
import { t } from "./messages.ts";

export function ConfirmDeleteDialog({ what, onConfirm, onCancel }: { what: string; onConfirm(): void; onCancel(): void }) {
  return (
    <ModalDialog onCancel={onCancel} isDismissable>
      <ModalTitle>{t("deleteConfirm", { what })}</ModalTitle>
      <p>{t("cannotUndo")}</p>
      <div className="screen-actions">
        <button type="button" className="btn" onClick={onCancel} data-autofocus>
          {t("cancel")}
        </button>
        <button type="button" className="btn btn-danger" onClick={onConfirm}>
          {t("delete")}
        </button>
      </div>
    </ModalDialog>
  );
}
