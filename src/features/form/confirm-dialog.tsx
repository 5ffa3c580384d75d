// A modal confirmation named by its title, with a confirm and a cancel button.
import type { ReactNode } from "react";
import { ModalDialog, ModalTitle } from "../../ui/modal-dialog.tsx";
import { t } from "./messages.ts";

export interface ConfirmDialogProps {
  isOpen: boolean;
  title: string;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  busy?: boolean;
  error?: string | null;
  onConfirm(): void;
  onCancel(): void;
  children?: ReactNode;
}

export function ConfirmDialog({ isOpen, title, confirmLabel, cancelLabel = t("cancel"), danger, busy, error, onConfirm, onCancel, children }: ConfirmDialogProps) {
  if (!isOpen) return null;
  // Escape cancels even while busy; a press on the backdrop only when idle
  return (
    <ModalDialog onCancel={onCancel} isDismissable={!busy}>
      <ModalTitle>{title}</ModalTitle>
      {children}
      {error && (
        <p role="alert" className="rf-form-error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onCancel} disabled={busy} data-autofocus={danger || undefined}>
          {cancelLabel}
        </button>
        <button type="button" className={`btn ${danger ? "btn-danger" : "btn-primary"}`} onClick={onConfirm} disabled={busy} data-autofocus={!danger || undefined}>
          {busy ? t("busyLabel", { label: confirmLabel }) : confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
