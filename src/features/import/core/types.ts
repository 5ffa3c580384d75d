// Shared types of the import core (parsing, mapping, validation, running). No UI here.
import type { Id, Item } from "../../../backend/types.ts";

/** One parsed cell. CSV cells are always strings; empty XLSX cells are null. */
export type Cell = string | null;

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface ParseMeta {
  fileName: string;
  format: "csv" | "xlsx";
  /** The encoding the bytes were decoded with ("utf-8" for XLSX). */
  encoding: string;
  /** Field delimiter ("," for XLSX). */
  delimiter: string;
  quoteChar: string;
  /** Line ending seen in the file: "\r\n", "\n" or "\r". */
  newline: string;
  hasHeader: boolean;
  /** Number of data rows (the header row not counted). */
  rowCount: number;
  /**
   * 0-based data row indexes whose cell count differs from the header's (without a header:
   * from the most common count). Such rows are kept, never dropped.
   */
  raggedRows: number[];
  /** Decimal separator numbers are known to use (XLSX numbers are always "."), if known. */
  decimal?: "." | ",";
  sheetName?: string;
  byteLength: number;
}

export interface ParsedTable {
  /**
   * Unique, non-empty column names: the header cells (blank ones become "Column N", repeats get
   * " (2)"), or "Column 1", "Column 2", ... without a header. Cells beyond the header in
   * longer rows get "Column N" columns too, so no value is hidden.
   */
  columns: string[];
  rows: Cell[][];
  /** 1-based line in the file where each data row starts (the header is line 1). */
  lines: number[];
  meta: ParseMeta;
}

/** User overrides of what detection would choose. */
export interface ParseOptions {
  encoding?: TextEncodingName;
  delimiter?: string;
  quoteChar?: string;
  hasHeader?: boolean;
  fileName?: string;
  /** For XLSX: sheet index (1-based) or name. Default: the first sheet. */
  sheet?: number | string;
  /** Name of a column without a header cell, "#" standing for its number (default "Column #"). */
  columnName?: string;
}

export interface ParseProgress {
  rows: number;
  bytesRead: number;
  totalBytes: number;
}

/** column name → field name (or null when the column is not imported). */
export type ColumnMapping = Record<string, string | null>;


// ------------------------------------------------------------------ a run and its store

/** pending → running (in flight) → created | failed | skipped. */
export type RowStatus = "pending" | "running" | "created" | "failed" | "skipped";

export type RunStatus = "ready" | "running" | "paused" | "cancelled" | "done";

export interface RunRow {
  /** 0-based data row of the file. */
  index: number;
  /** 1-based file line (for messages and the failed-rows file). */
  line: number;
  /** The values to create. */
  values: Item;
  /** The original cells, for the failed-rows file. */
  cells?: Cell[];
  status: RowStatus;
  id?: Id;
  error?: string;
  /** Requests sent for this row (all runs). */
  attempts: number;
  /** True when the row was found on the server by findExisting rather than created now. */
  recovered?: boolean;
}

export interface RunState {
  runId: string;
  /** ResourceSchema.name. */
  resource: string;
  status: RunStatus;
  createdAt: number;
  updatedAt: number;
  fileName?: string;
  /** The file's columns, for the failed-rows file. */
  columns?: string[];
  rows: RunRow[];
}

export interface RunSummary {
  runId: string;
  resource: string;
  status: RunStatus;
  createdAt: number;
  updatedAt: number;
  fileName?: string;
  total: number;
}

/**
 * Where a run is kept, so that a run interrupted by a reload or a crash can resume without
 * creating any row twice. The runner marks a row "running" (in flight) and waits for that to be
 * stored BEFORE it sends the row; on resume such a row is checked with findExisting instead of
 * being sent again blindly.
 */
export interface RunStore {
  /** Stores the whole run (replacing any earlier copy). */
  save(state: RunState): Promise<void>;
  load(runId: string): Promise<RunState | null>;
  /** Stores changed rows (and optionally the run's status) without rewriting the whole run. */
  saveRows?(runId: string, rows: RunRow[], status?: RunStatus): Promise<void>;
  list?(): Promise<RunSummary[]>;
  delete?(runId: string): Promise<void>;
}

// ------------------------------------------------------------------ the runner

export interface CreateContext {
  signal: AbortSignal;
  idempotencyKey: string;
}

/** Retry timing: exponential backoff with jitter (a 429's Retry-After wins). */
export interface RetryOptions {
  /** Retries per request after the first attempt (default 5). */
  maxRetries?: number;
  /** First backoff delay (default 500 ms), doubled per retry, with ±20% jitter. */
  baseDelayMs?: number;
  /** Longest backoff delay (default 30 s). */
  maxDelayMs?: number;
  random?(): number;
}

export interface ImportRunnerDeps extends RetryOptions {
  createRow(values: Item, ctx: CreateContext): Promise<{ id: Id }>;
  /** Looks a row up on the server (e.g. by a unique field); null when it does not exist. */
  findExisting?(values: Item, ctx: { signal: AbortSignal }): Promise<{ id: Id } | null>;
  store?: RunStore;
  /** Parallel requests (default 4). */
  concurrency?: number;
  sleep?(ms: number, signal: AbortSignal): Promise<void>;
  now?(): number;
  onProgress?(progress: RunProgress): void;
  onRowChange?(row: RunRow): void;
}

export interface RunProgress {
  runId: string;
  status: RunStatus;
  total: number;
  pending: number;
  running: number;
  created: number;
  failed: number;
  skipped: number;
  /** created + failed + skipped. */
  done: number;
  /** Completed rows per second over the last 30 s (0 until two rows are done). */
  rowsPerSecond: number;
  /** Seconds left at the current rate, or null when unknown. */
  etaSeconds: number | null;
}

export interface RunReport {
  runId: string;
  status: "done" | "cancelled";
  total: number;
  created: number;
  failed: number;
  skipped: number;
  createdIds: Id[];
  failedRows: RunRow[];
  skippedRows: RunRow[];
}

export interface RunInputRow {
  index: number;
  line: number;
  values: Item;
  cells?: Cell[];
}

export interface NewRunInput {
  resource: string;
  rows: RunInputRow[];
  runId?: string;
  fileName?: string;
  columns?: string[];
}

export type { Id, Item };
