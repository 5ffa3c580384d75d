// Contract stub: the bulk-actions task replaces the body. The list view renders it when rows are
// selected (it shows the count itself); the toolbar holds `Delete selected`, bulk edit and the
// backend's custom bulk actions.
import type { ResourceSchema } from "../../protocol/types.ts";
import type { ListSelection } from "../list/list-selection.ts";

export interface BulkToolbarProps {
  resource: ResourceSchema;
  selection: ListSelection;
  /** Called after an action finished (the list clears its selection and refetches). */
  onDone: () => void;
}

export function BulkToolbar(_props: BulkToolbarProps) {
  return null;
}
