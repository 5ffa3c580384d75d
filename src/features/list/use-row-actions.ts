// A row's actions: open, edit and duplicate navigate (relative to the list); delete asks first,
// naming the record by its name field as its record page does, else by the row's first column
// (what the admin sees in the row), never by a bare id when the row shows a name.
import { useCallback, useMemo } from "react";
import { useNavigate } from "react-router";
import type { Id, Item } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { recordTitle, titleOf } from "../../protocol/record-title.ts";
import { rowActionPath, rowLabel } from "./list-rows.ts";
import type { DeleteTarget, RowAction, RowActionsControl } from "./types.ts";

export interface RowActionsInput {
  resource: ResourceSchema;
  idOf(item: Item): Id | null;
  /** The first field column as shown (it names the row). */
  firstField: string | undefined;
  askDelete(target: DeleteTarget): void;
}

export function useRowActions({ resource, idOf, firstField, askDelete }: RowActionsInput): RowActionsControl {
  const navigate = useNavigate();
  const labelOf = useCallback((item: Item) => rowLabel(resource, firstField, item, idOf(item)), [resource, firstField, idOf]);
  const run = useCallback(
    (action: RowAction, item: Item) => {
      const id = idOf(item);
      if (id === null) return;
      const path = rowActionPath(action, id);
      if (path !== null) void navigate(path);
      else askDelete({ id, label: titleOf(resource, item) ?? shownName(firstField, item) ?? recordTitle(resource, item, id) });
    },
    [idOf, navigate, resource, firstField, askDelete],
  );
  return useMemo(() => ({ idOf, labelOf, run }), [idOf, labelOf, run]);
}

function shownName(firstField: string | undefined, item: Item): string | null {
  const v = firstField ? item[firstField] : undefined;
  return (typeof v === "string" && v.trim() !== "") || typeof v === "number" ? String(v) : null;
}
