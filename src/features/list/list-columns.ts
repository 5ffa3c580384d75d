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
