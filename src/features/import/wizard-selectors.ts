// What follows from the wizard's state: the rows a run is given, the report's counts, and the
// rows that were not imported (for the file to fix). Pure functions of WizardState.
import { t } from "./messages.ts";
import { failedRowsCsv, joinErrors } from "./core/failed-rows-csv.ts";
import type { Cell, ColumnMapping, RunInputRow, RunSummary } from "./core/types.ts";
import type { ReportTotals, RunFigures, WizardState } from "./types.ts";

/** The valid rows, with their original cells (for the failed-rows file). */
export function rowsToImport({ table, validation }: Pick<WizardState, "table" | "validation">): RunInputRow[] {
  if (!table || !validation) return [];
  return validation.rows.filter((r) => Object.keys(r.errors).length === 0).map((r) => ({ index: r.index, line: r.line, values: r.values, cells: table.rows[r.index] ?? [] }));
}

export function mappedFields(mapping: ColumnMapping): string[] {
  return Object.values(mapping).filter((f): f is string => f !== null);
}

/**
 * Every figure the run and its report show, from one source so they always agree: the report once
 * the run has ended, its progress before. Rows that failed validation were never sent: they count
 * as skipped, and among the rows (and the rows done) from the start. Pace (rows per second, time
 * left) only while the run goes on.
 */
export function runFigures({ progress, report, validation }: Pick<WizardState, "progress" | "report" | "validation">): RunFigures | null {
  const invalid = validation?.invalidCount ?? 0;
  if (report) {
    const total = report.total + invalid;
    return { status: report.status, ended: true, total, done: total, created: report.created, failed: report.failed, skipped: report.skipped + invalid, rowsPerSecond: 0, etaSeconds: null };
  }
  if (!progress) return null;
  const ended = progress.status === "done" || progress.status === "cancelled";
  return {
    status: progress.status,
    ended,
    total: progress.total + invalid,
    done: progress.done + invalid,
    created: progress.created,
    failed: progress.failed,
    skipped: progress.skipped + invalid,
    rowsPerSecond: ended ? 0 : progress.rowsPerSecond,
    etaSeconds: ended ? null : progress.etaSeconds,
  };
}

/** The counts of an ended run (the report's), as every place that shows them words them. */
export function reportTotals({ report, validation }: Pick<WizardState, "report" | "validation">): ReportTotals | null {
  const figures = report ? runFigures({ report, validation, progress: null }) : null;
  if (!figures || !report) return null;
  return { status: report.status, created: figures.created, failed: figures.failed, skipped: figures.skipped };
}

/** Runs that were interrupted (and so can be resumed) of one resource, newest first. */
export function interruptedRuns(runs: RunSummary[], resourceName: string): RunSummary[] {
  return runs
    .filter((r) => r.resource === resourceName && (r.status === "running" || r.status === "paused" || r.status === "ready"))
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

interface FailedLine {
  line: number;
  cells: Cell[];
  error: string;
}

/** Rows that failed validation, and the run's failed and skipped rows, in file order. */
export function failedLines({ table, validation, report }: Pick<WizardState, "table" | "validation" | "report">): FailedLine[] {
  const out: FailedLine[] = [];
  if (validation && table) {
    for (const r of validation.rows) if (Object.keys(r.errors).length > 0) out.push({ line: r.line, cells: table.rows[r.index] ?? [], error: t("fileLine", { line: r.line, error: joinErrors(r.errors) }) });
  }
  if (report) for (const r of [...report.failedRows, ...report.skippedRows]) out.push({ line: r.line, cells: r.cells ?? [], error: t("fileLine", { line: r.line, error: r.error ?? t("notImported") }) });
  return out.sort((a, b) => a.line - b.line);
}

/** The failed-rows file: the file's columns plus an error column, named after the file ("products-errors.csv"). */
export function failedRowsFile(state: Pick<WizardState, "table" | "validation" | "report" | "runColumns" | "file">, resourceName: string): { csv: string; fileName: string } {
  const lines = failedLines(state);
  const columns = state.runColumns.length > 0 ? state.runColumns : (state.table?.columns ?? []);
  const csv = failedRowsCsv(
    columns,
    lines.map((l) => l.cells),
    lines.map((l) => l.error),
  );
  const base = (state.file?.name ?? resourceName).replace(/\.[^.]+$/, "");
  return { csv, fileName: `${base}-errors.csv` };
}
