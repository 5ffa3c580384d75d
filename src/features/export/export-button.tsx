// Contract stub: the export task replaces the body. The list view renders it in its toolbar.
import type { ResourceSchema } from "../../protocol/types.ts";
import type { ListQuery } from "../../backend/types.ts";
import type { ListSelection } from "../list/list-selection.ts";

export interface ExportButtonProps {
  resource: ResourceSchema;
  /** The list's current query (search, filters, sort); page/perPage are ignored. */
  query: ListQuery;
  selection: ListSelection;
  /** The list's visible columns, in order: the default export columns. */
  visibleColumns: string[];
}

export function ExportButton(_props: ExportButtonProps) {
  return null;
}
