// Typed contract of the import wizard: its steps, its state and the actions that move it
// (wizard-reducer.ts), and the one result useImportController returns, which a context carries
// to the step views. The import core's own types (parsing, validation, the run) are in
// core/types.ts.
import type { ResourceSchema } from "../../protocol/types.ts";
import type { ColumnMapping, ParsedTable, ParseOptions, ParseProgress, RunProgress, RunReport, RunStore, RunSummary } from "./core/types.ts";
import type { ValidationResult } from "./core/validate-rows.ts";
import type { SelectValueMap } from "./core/value-transforms.ts";

/** upload → map → preview (validated) → run → report; Back goes map → upload and preview → map. */
export type ImportStep = "upload" | "map" | "preview" | "run" | "report";

/** How a relation column's values are matched: by the related record's label or its value (id). */
export type RelationMatch = "label" | "value";

/** Work that shows a progress bar ("Checking rows: 40 of 100"); total 0 while unknown. */
export interface TaskStatus {
  label: string;
  done: number;
  total: number;
}

export interface WizardState {
  step: ImportStep;
  /** The chosen file (null before one is chosen and for a resumed run). */
  file: File | null;
  /** What the user chose over detection (encoding, delimiter, quote, header). */
  overrides: ParseOptions;
  /** While the file is read: "started" until its first progress. */
  parsing: ParseProgress | "started" | null;
  table: ParsedTable | null;
  mapping: ColumnMapping;
  /** column → file value → option value, where the user changed the suggestion. */
  selectMaps: Record<string, SelectValueMap>;
  relationMatch: Record<string, RelationMatch>;
  /** While Validate works (matching relation values, then checking rows). */
  validating: TaskStatus | null;
  validation: ValidationResult | null;
  /** The run's progress; null until its runner exists. */
  progress: RunProgress | null;
  report: RunReport | null;
  /** The file's columns, for the failed-rows file (a resumed run's come from its store). */
  runColumns: string[];
  /** Interrupted runs of this resource, newest first (offered on the upload step). */
  resumable: RunSummary[];
  error: string | null;
}

export type WizardAction =
  | { type: "resumableLoaded"; runs: RunSummary[] }
  | { type: "resumableDiscarded"; runId: string }
  | { type: "parseStarted"; file: File; overrides: ParseOptions }
  | { type: "parseProgressed"; progress: ParseProgress }
  | { type: "parsed"; table: ParsedTable; mapping: ColumnMapping }
  | { type: "parseFailed"; message: string }
  | { type: "next" }
  | { type: "back" }
  | { type: "mappingChanged"; mapping: ColumnMapping }
  | { type: "selectMapsChanged"; selectMaps: Record<string, SelectValueMap> }
  | { type: "relationMatchChanged"; relationMatch: Record<string, RelationMatch> }
  | { type: "validationStarted" }
  | { type: "validationProgressed"; task: TaskStatus }
  | { type: "validated"; result: ValidationResult }
  | { type: "validationFailed"; message: string }
  | { type: "validationStopped" }
  /** Import: the runner is being created over the valid rows. */
  | { type: "runRequested" }
  /** Resume import: an interrupted run is being reopened from the store. */
  | { type: "resumeRequested" }
  | { type: "runStarted"; progress: RunProgress; columns: string[] }
  | { type: "runProgressed"; progress: RunProgress }
  | { type: "runEnded"; report: RunReport; progress: RunProgress }
  | { type: "runFailed"; message: string }
  /** Import another file: a fresh wizard (the offer to resume stays). */
  | { type: "restarted" };

/** The report's counts: rows that failed validation are counted as skipped. */
export interface ReportTotals {
  status: RunReport["status"];
  created: number;
  failed: number;
  skipped: number;
}

/** What the run's progress and its report show, all from one source (runFigures). */
export interface RunFigures {
  status: RunProgress["status"];
  /** Done or cancelled: no pace any more, the report's counts. */
  ended: boolean;
  /** Every row of the file: the ones sent, and the ones that failed validation. */
  total: number;
  done: number;
  created: number;
  failed: number;
  /** Including the rows that failed validation (never sent). */
  skipped: number;
  rowsPerSecond: number;
  /** Seconds left at the current rate; null when unknown or ended; 0 while the last rows settle. */
  etaSeconds: number | null;
}

export interface ImportControllerProps {
  resource: ResourceSchema;
  /** Where runs are kept (default: IndexedDB, else memory). */
  store?: RunStore;
  /** Parallel creates (default capabilities().writeConcurrency). */
  concurrency?: number;
  /** Leave the wizard (Cancel before importing, Done after). */
  onClose(): void;
  /** Parse in this thread (tests). */
  parseInPage?: boolean;
}

/** What useImportController returns: the wizard's state, what follows from it, and its commands. */
export interface ImportController extends WizardState {
  resource: ResourceSchema;
  /** What blocks leaving the mapping step (empty = fine). */
  problems: string[];
  canGoNext: boolean;
  canGoBack: boolean;
  canValidate: boolean;
  canImport: boolean;
  /** An interrupted run can be resumed now (on the upload step, no file being read). */
  canResume: boolean;
  /** The run is paused (Resume shows instead of Pause). */
  paused: boolean;
  /** Null until the run has ended. */
  totals: ReportTotals | null;
  /** The run's figures for the progress view (the report's once ended): runFigures. */
  figures: RunFigures | null;
  chooseFile(file: File): void;
  setOverrides(overrides: ParseOptions): void;
  next(): void;
  back(): void;
  setMapping(mapping: ColumnMapping): void;
  setSelectMaps(selectMaps: Record<string, SelectValueMap>): void;
  setRelationMatch(relationMatch: Record<string, RelationMatch>): void;
  validate(): void;
  startImport(): void;
  pauseRun(): void;
  resumeRun(): void;
  cancelRun(): void;
  resumeInterrupted(run: RunSummary): void;
  discardInterrupted(run: RunSummary): void;
  importAnother(): void;
  /** Downloads the rows not imported (invalid, failed, skipped) as a CSV to fix. */
  downloadFailed(): void;
  close(): void;
}
