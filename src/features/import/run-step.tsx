// Step 4 and 5: the import's progress (progressbar with rows/s and time left; pause, resume,
// cancel) and its report (created / failed / skipped; failed rows as a CSV to fix).
import type { RunProgress, RunReport } from "./core/types.ts";

function duration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const m = Math.floor(seconds / 60);
  if (m < 60) return `${m} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

export function RunProgressView({ progress }: { progress: RunProgress }) {
  const pct = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  const rate = progress.rowsPerSecond > 0 ? `${progress.rowsPerSecond.toFixed(1)} rows/s` : "measuring speed…";
  const eta = progress.etaSeconds === null ? "time left unknown" : progress.etaSeconds === 0 ? "finishing" : `about ${duration(progress.etaSeconds)} left`;
  const text = `${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} rows`;
  return (
    <div className="run-progress">
      <div
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
        aria-valuetext={`${text}, ${rate}, ${eta}`}
        className="task-progress-track"
      >
        <div className="task-progress-bar" style={{ width: `${pct}%` }} />
      </div>
      <p className="muted">
        {text} ({pct} %) · {rate} · {eta}
        {progress.status === "paused" ? " · paused" : ""}
      </p>
      <p className="muted">
        Created {progress.created.toLocaleString()} · failed {progress.failed.toLocaleString()} · skipped {progress.skipped.toLocaleString()}
      </p>
    </div>
  );
}

export interface ReportViewProps {
  report: RunReport;
  invalidCount: number;
  label: string;
  onDownload(): void;
}

export function ReportView({ report, invalidCount, label, onDownload }: ReportViewProps) {
  const failed = report.failed;
  const skipped = report.skipped + invalidCount;
  const problems = failed + skipped;
  return (
    <div>
      <p role="status" className="report-summary">
        {report.status === "cancelled" ? "Import cancelled. " : "Import finished. "}
        <strong>{report.created.toLocaleString()}</strong> created, <strong>{failed.toLocaleString()}</strong> failed, <strong>{skipped.toLocaleString()}</strong> skipped.
      </p>
      {report.created > 0 && <p className="muted">The new {label} appear in the list and in the activity log.</p>}
      {problems > 0 && (
        <>
          <p>Download the rows that were not imported, fix them (the last column says why) and import the file again.</p>
          <button type="button" className="btn" onClick={onDownload}>
            Download failed rows
          </button>
          <ul className="failure-list" aria-label="Failed rows">
            {report.failedRows.slice(0, 20).map((r) => (
              <li key={r.index}>
                Line {r.line}: {r.error}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
