// Per-row actions (per `features`/`methods`): open, edit, duplicate, delete (confirmed in a
// dialog). The list owns the optimistic removal; this only asks. Each row has a plain menu
// button; its menu (row-actions-popup.tsx) is on the first screen, the delete dialog
// (row-delete-dialog.tsx) loads when the page is idle.
import type { ResourceSchema } from "../../protocol/types.ts";
import { lazyModule, LazyModal, loadedModule, PopupButton } from "../../ui/lazy-popup.tsx";
import { RowActionsPopup } from "./row-actions-popup.tsx";
import type { RowAction } from "./types.ts";
import { t } from "./messages.ts";

const menu = loadedModule({ RowActionsPopup });
const deleteDialog = lazyModule(() => import("./row-delete-dialog.tsx"));

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
    <PopupButton
      module={menu}
      haspopup="menu"
      className="btn btn-ghost row-actions-button"
      aria-label={t("actionsFor", { row: rowLabel })}
      tabIndex={tabbable ? 0 : -1}
      renderPopup={(m, state) => <m.RowActionsPopup state={state} resource={resource} rowLabel={rowLabel} onAction={onAction} />}
    >
      <span aria-hidden="true">⋯</span>
    </PopupButton>
  );
}

/** "Delete <what>?" with Cancel/Delete; rendered (and its code loaded) only while open. */
export function ConfirmDeleteDialog({ open, what, onConfirm, onCancel }: { open: boolean; what: string; onConfirm(): void; onCancel(): void }) {
  return <LazyModal module={deleteDialog} open={open} render={(m) => <m.ConfirmDeleteDialog what={what} onConfirm={onConfirm} onCancel={onCancel} />} />;
}
