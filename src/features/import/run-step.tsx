// Step 4 and 5: the import's progress (progressbar with rows/s and time left; pause, resume,
// cancel) and its report (created / failed / skipped; failed rows as a CSV to fix). Every figure
// comes from runFigures (the report's once the run has ended), so the bar, the counts and the
// report agree; once ended the counts are shown once, in the report, and the pace goes.
import { intlLocales } from "../../i18n/translate.ts";
import { richText } from "../../i18n/rich-text.tsx";
import type { RunFigures } from "./types.ts";
import { useImportContext } from "./import-controller-context.tsx";
import { t } from "./messages.ts";

function duration(seconds: number): string {
  if (seconds < 60) return t("seconds", { s: Math.ceil(seconds) });
  const m = Math.floor(seconds / 60);
  if (m < 60) return t("minutes", { m, s: Math.round(seconds % 60) });
  return t("hours", { h: Math.floor(m / 60), m: m % 60 });
}

/** Speed and time left while the run goes on; nothing once it has ended. */
function pace(figures: RunFigures): string[] {
  if (figures.ended) return [];
  const oneDecimal = new Intl.NumberFormat(intlLocales(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const rate = figures.rowsPerSecond > 0 ? t("rowsPerSecond", { rate: oneDecimal.format(figures.rowsPerSecond) }) : t("measuringSpeed");
  const eta = figures.etaSeconds === null ? t("timeLeftUnknown") : figures.etaSeconds === 0 ? t("finishing") : t("timeLeft", { duration: duration(figures.etaSeconds) });
  return [rate, eta];
}

export function RunProgressView() {
  const { figures } = useImportContext();
  if (!figures) return null;
  const pct = figures.total > 0 ? Math.round((figures.done / figures.total) * 100) : 0;
  const text = t("progressText", { done: figures.done, total: figures.total });
  const details = pace(figures);
  return (
    <div className="run-progress">
      <div
        role="progressbar"
        aria-label={t("progress")}
        aria-valuemin={0}
        aria-valuemax={figures.total}
        aria-valuenow={figures.done}
        aria-valuetext={[text, ...details].join(", ")}
        className="task-progress-track"
      >
        <div className="task-progress-bar" style={{ width: `${pct}%` }} />
      </div>
      <p className="muted">
        {[t("progressPercent", { text, percent: pct }), ...details, ...(figures.status === "paused" ? [t("paused")] : [])].join(" · ")}
      </p>
      {!figures.ended && (
        <p className="muted">
          {t("runCounts", { created: figures.created, failed: figures.failed, skipped: figures.skipped })}
        </p>
      )}
    </div>
  );
}

export function ReportView() {
  const { totals, report, resource, downloadFailed } = useImportContext();
  if (!totals || !report) return null;
  const { created, failed, skipped } = totals;
  const number = (n: number) => <strong>{n.toLocaleString(intlLocales())}</strong>;
  return (
    <div>
      <p role="status" className="report-summary">
        {totals.status === "cancelled" ? t("cancelled") : t("finished")} {richText((v) => t("reportCounts", v), { created: number(created), failed: number(failed), skipped: number(skipped) })}
      </p>
      {created > 0 && <p className="muted">{t("newRecordsShown", { labelPlural: resource.label_plural.toLowerCase() })}</p>}
      {failed + skipped > 0 && (
        <>
          <p>{t("fixAndRetry")}</p>
          <button type="button" className="btn" onClick={downloadFailed}>
            {t("downloadFailed")}
          </button>
          <ul className="failure-list" aria-label={t("failedRows")}>
            {report.failedRows.slice(0, 20).map((r) => (
              <li key={r.index}>
                {t("failedRowLine", { line: r.line, error: r.error ?? "" })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
