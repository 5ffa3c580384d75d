// The actions menu of one row. Unlike the other popups it is on the list's first screen (a few
// hundred bytes with menu.tsx and popover.tsx): the row menu is what an admin presses first, and
// fetched on that press it waited behind the page's other requests.
import type { ResourceSchema } from "../../protocol/types.ts";
import { canDelete, canDuplicate, canEdit } from "../../protocol/permissions.ts";
import type { PopupState } from "../../ui/lazy-popup.tsx";
import { Menu, MenuItem } from "../../ui/menu.tsx";
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
