// Per-row actions (per `features`/`methods`): open, edit, duplicate, delete (confirmed in a
// dialog). The list owns the optimistic removal; this only asks.
import { Button, Dialog, Heading, Menu, MenuItem, MenuTrigger, Modal, ModalOverlay, Popover } from "react-aria-components";
import type { ResourceSchema } from "../../protocol/types.ts";
import { canDelete, canDuplicate, canEdit } from "../../protocol/permissions.ts";

export type RowAction = "open" | "edit" | "duplicate" | "delete";

export function RowActionsMenu({
  resource,
  rowLabel,
  onAction,
  tabbable = true,
}: {
  resource: ResourceSchema;
  rowLabel: string;
  onAction(a: RowAction): void;
  /** False outside the row that has the roving focus (one tab stop per table). */
  tabbable?: boolean;
}) {
  return (
    <MenuTrigger>
      <Button className="btn btn-ghost row-actions-button" aria-label={`Actions for ${rowLabel}`} excludeFromTabOrder={!tabbable}>
        <span aria-hidden="true">⋯</span>
      </Button>
      <Popover className="popover" placement="bottom end">
        <Menu className="menu" aria-label={`Actions for ${rowLabel}`} onAction={(key) => onAction(key as RowAction)}>
          <MenuItem id="open" className="menu-item">
            Open
          </MenuItem>
          {canEdit(resource) ? (
            <MenuItem id="edit" className="menu-item">
              Edit
            </MenuItem>
          ) : null}
          {canDuplicate(resource) ? (
            <MenuItem id="duplicate" className="menu-item">
              Duplicate
            </MenuItem>
          ) : null}
          {canDelete(resource) ? (
            <MenuItem id="delete" className="menu-item danger">
              Delete
            </MenuItem>
          ) : null}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}

export function ConfirmDeleteDialog({
  open,
  what,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  what: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={open} isDismissable onOpenChange={(o) => !o && onCancel()}>
      <Modal className="modal">
        <Dialog className="dialog" aria-labelledby="list-delete-title">
          <Heading slot="title" id="list-delete-title">
            Delete
          </Heading>
          <p>Delete {what}? This cannot be undone.</p>
          <div className="screen-actions">
            <button type="button" className="btn" onClick={onCancel} autoFocus>
              Cancel
            </button>
            <button type="button" className="btn btn-danger" onClick={onConfirm}>
              Delete
            </button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
