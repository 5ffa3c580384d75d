// TanStack Table v9 features of the list, its fixed (non-field) column ids and its column definitions.
import {
  columnOrderingFeature,
  columnResizingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
} from "@tanstack/react-table";
import type { ColumnDef } from "@tanstack/react-table";
import type { Item } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { fieldLabel } from "../../protocol/labels.ts";
import { t } from "./messages.ts";

export const listFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  columnOrderingFeature,
  columnSizingFeature,
  columnResizingFeature,
  rowSelectionFeature,
});
export type ListFeatures = typeof listFeatures;

export const SELECT_COLUMN = "__select";
export const ACTIONS_COLUMN = "__actions";
/** A field column's width limits (dragging its edge or the Columns menu's −/+). */
export const COLUMN_WIDTH = { min: 60, max: 800 } as const;

export const clampColumnWidth = (width: number): number => Math.min(COLUMN_WIDTH.max, Math.max(COLUMN_WIDTH.min, width));

/** The checkbox column, one column per field (sortable where the schema says), the actions column. */
export function listColumnDefs(resource: ResourceSchema, columns: readonly string[], sortFields: ReadonlySet<string>): ColumnDef<ListFeatures, Item>[] {
  return [
    { id: SELECT_COLUMN, header: t("select"), enableSorting: false, enableHiding: false, enableResizing: false, size: 44 },
    ...columns.map(
      (name): ColumnDef<ListFeatures, Item> => ({
        id: name,
        accessorFn: (row: Item) => row[name],
        header: fieldLabel(name, resource.fields[name]),
        enableSorting: sortFields.has(name),
        enableHiding: true,
        minSize: COLUMN_WIDTH.min,
        maxSize: COLUMN_WIDTH.max,
      }),
    ),
    { id: ACTIONS_COLUMN, header: t("actions"), enableSorting: false, enableHiding: false, enableResizing: false, size: 56 },
  ];
}
