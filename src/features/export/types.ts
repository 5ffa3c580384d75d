// Typed contracts of the export feature: what to export (rows, columns, format, values), where
// the rows come from, and the dialog's state.
import type { ExportFormat, Item, ListQuery } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import type { ListSelection } from "../shared/list-selection.ts";

/** Selects and relations as their labels, or as the stored values. */
export type ValueMode = "label" | "raw";

/**
 * Where the rows come from: the items at hand (selected rows), the list query paged through,
 * or every row from the backend's export endpoint in one request. Atrium writes the file in
 * every case, so each is neutralised the same way.
 */
export type ExportSource = { kind: "items"; items: Item[] } | { kind: "query"; query: ListQuery } | { kind: "server" };

export interface ExportRequest {
  resource: ResourceSchema;
  source: ExportSource;
  columns: string[];
  format: ExportFormat;
  valueMode: ValueMode;
  /** Column headers: field labels (default) or field names. */
  header?: "label" | "name";
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface ExportDialogProps {
  resource: ResourceSchema;
  /** The list's current query (search, filters, sort); page/perPage are ignored. */
  query: ListQuery;
  selection: ListSelection;
  /** The list's visible columns, in order: the default export columns. */
  visibleColumns: string[];
  onClose: () => void;
}

/** The choices the dialog offers. */
export interface ExportOptions {
  scope: "all" | "selected";
  format: ExportFormat;
  valueMode: ValueMode;
  columns: string[];
  includeGdpr: boolean;
  /** Fetch all rows from the backend's export endpoint (when it gives exactly those rows). */
  useServer: boolean;
}

export type ExportPhase =
  | { step: "form" }
  | { step: "running"; done: number; total: number | null; detail?: string }
  | { step: "error"; message: string };

/** One offered column: checked when it will be in the file; GDPR columns only once opted in. */
export interface ColumnChoice {
  name: string;
  label: string;
  gdpr: boolean;
  checked: boolean;
  disabled: boolean;
}

/** What useExportController gives the dialog's parts. */
export interface ExportController {
  title: string;
  phase: ExportPhase;
  options: ExportOptions;
  update(patch: Partial<Omit<ExportOptions, "columns" | "includeGdpr">>): void;
  /** Rows the user selected in the list (0 = the "Selected rows" choice is off). */
  selectedCount: number;
  columns: ColumnChoice[];
  toggleColumn(name: string, on: boolean): void;
  /** Labels of the personal-data columns (empty: no opt-in to offer). */
  gdprLabels: string[];
  setIncludeGdpr(on: boolean): void;
  /** Whether the one-request server fetch fits these rows (and so is offered). */
  serverFits: boolean;
  canStart: boolean;
  start(): void;
  close(): void;
}
