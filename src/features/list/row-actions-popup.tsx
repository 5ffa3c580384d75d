// The row actions' popups (loaded after the first screen, see src/ui/lazy-popup.tsx): the actions
// menu of one row and the delete confirmation.
import type { ResourceSchema } from "../../protocol/types.ts";
import { canDelete, canDuplicate, canEdit } from "../../protocol/permissions.ts";
import type { PopupState } from "../../ui/lazy-popup.tsx";
import { Menu, MenuItem } from "../../ui/menu.tsx";
import { ModalDialog, ModalTitle } from "../../ui/modal-dialog.tsx";
import type { RowAction } from "./types.ts";
import { t } from "./messages.ts";

export function RowActionsPopup({ state, resource, rowLabel, onAction }: { state: PopupState; resource: ResourceSchema; rowLabel: string; onAction(a: RowAction): void }) {
  return (
    <Menu state={state} label={t("actionsFor", { row: rowLabel })} onAction={(id) => isRowAction(id) && onAction(id)}>
      <MenuItem id="open">
        {t("open")}
      </MenuItem>
      {canEdit(resource) ? (
        <MenuItem id="edit">
          {t("edit")}
        </MenuItem>
      ) : null}
      {canDuplicate(resource) ? (
        <MenuItem id="duplicate">
          {t("duplicate")}
        </MenuItem>
      ) : null}
      {canDelete(resource) ? (
        <MenuItem id="delete" className="menu-item danger">
          {t("delete")}
        </MenuItem>
      ) : null}
    </Menu>
  );
}

const ROW_ACTIONS: readonly string[] = ["open", "edit", "duplicate", "delete"] satisfies RowAction[];
const isRowAction = (id: string): id is RowAction => ROW_ACTIONS.includes(id);

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
