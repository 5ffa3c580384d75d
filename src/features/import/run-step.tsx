// Step 4 and 5: the import's progress (progressbar with rows/s and time left; pause, resume,
// cancel) and its report (created / failed / skipped; failed rows as a CSV to fix). Every figure
// comes from runFigures (the report's once the run has ended), so the bar, the counts and the
// report agree; once ended the counts are shown once, in the report, and the pace goes.
import type { RunFigures } from "./types.ts";
import { useImportContext } from "./import-controller-context.tsx";

function duration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const m = Math.floor(seconds / 60);
  if (m < 60) return `${m} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** Speed and time left while the run goes on; nothing once it has ended. */
function pace(figures: RunFigures): string[] {
  if (figures.ended) return [];
  const rate = figures.rowsPerSecond > 0 ? `${figures.rowsPerSecond.toFixed(1)} rows/s` : "measuring speed…";
  const eta = figures.etaSeconds === null ? "time left unknown" : figures.etaSeconds === 0 ? "finishing" : `about ${duration(figures.etaSeconds)} left`;
  return [rate, eta];
}

export function RunProgressView() {
  const { figures } = useImportContext();
  if (!figures) return null;
  const pct = figures.total > 0 ? Math.round((figures.done / figures.total) * 100) : 0;
  const text = `${figures.done.toLocaleString()} of ${figures.total.toLocaleString()} rows`;
  const details = pace(figures);
  return (
    <div className="run-progress">
      <div
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={figures.total}
        aria-valuenow={figures.done}
        aria-valuetext={[text, ...details].join(", ")}
        className="task-progress-track"
      >
        <div className="task-progress-bar" style={{ width: `${pct}%` }} />
      </div>
      <p className="muted">
        {[`${text} (${pct} %)`, ...details].join(" · ")}
        {figures.status === "paused" ? " · paused" : ""}
      </p>
      {!figures.ended && (
        <p className="muted">
          Created {figures.created.toLocaleString()} · failed {figures.failed.toLocaleString()} · skipped {figures.skipped.toLocaleString()}
        </p>
      )}
    </div>
  );
}

export function ReportView() {
  const { totals, report, resource, downloadFailed } = useImportContext();
  if (!totals || !report) return null;
  const { created, failed, skipped } = totals;
  return (
    <div>
      <p role="status" className="report-summary">
        {totals.status === "cancelled" ? "Import cancelled. " : "Import finished. "}
        <strong>{created.toLocaleString()}</strong> created, <strong>{failed.toLocaleString()}</strong> failed, <strong>{skipped.toLocaleString()}</strong> skipped.
      </p>
      {created > 0 && <p className="muted">The new {resource.label_plural.toLowerCase()} appear in the list and in the activity log.</p>}
      {failed + skipped > 0 && (
        <>
          <p>Download the rows that were not imported, fix them (the last column says why) and import the file again.</p>
          <button type="button" className="btn" onClick={downloadFailed}>
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
