// A modal confirmation named by its title, with a confirm and a cancel button.
import type { ReactNode } from "react";
import { Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
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
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} isDismissable={!busy} onOpenChange={(open) => !open && onCancel()}>
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title">{title}</Heading>
          {children}
          {error && (
            <p role="alert" className="rf-form-error">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={onCancel} disabled={busy} autoFocus={danger}>
              {cancelLabel}
            </button>
            <button type="button" className={`btn ${danger ? "btn-danger" : "btn-primary"}`} onClick={onConfirm} disabled={busy} autoFocus={!danger}>
              {busy ? t("busyLabel", { label: confirmLabel }) : confirmLabel}
            </button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
