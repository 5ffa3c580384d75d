// TanStack Table v9 features of the list and its fixed (non-field) column ids.
import {
  columnOrderingFeature,
  columnResizingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
} from "@tanstack/react-table";
import type { ResourceSchema } from "../../protocol/types.ts";

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

/** The list's field columns: `list.fields` that exist, else the first six fields. */
export function listColumnsOf(resource: ResourceSchema): string[] {
  const cols = resource.list.fields.filter((f) => f in resource.fields);
  return cols.length > 0 ? cols : Object.keys(resource.fields).slice(0, 6);
}
