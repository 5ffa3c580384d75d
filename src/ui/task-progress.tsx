// A labelled progress bar for long tasks (bulk delete and edit, export paging, import): "done of total".
import "./task-progress.css";
import { t } from "./messages.ts";

export interface TaskProgressProps {
  label: string;
  done: number;
  total: number | null;
  detail?: string;
}

export function TaskProgress({ label, done, total, detail }: TaskProgressProps) {
  const max = total !== null && total > 0 ? total : undefined;
  const pct = max ? Math.min(100, Math.round((done / max) * 100)) : null;
  const text = max ? t("progressOf", { done, total: max }) : t("progressDone", { done });
  return (
    <div className="task-progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max ?? 100}
        aria-valuenow={max ? Math.min(done, max) : undefined}
        aria-valuetext={detail ? `${text}, ${detail}` : text}
        className="task-progress-track"
      >
        <div className="task-progress-bar" style={{ width: pct === null ? "30%" : `${pct}%` }} data-indeterminate={pct === null || undefined} />
      </div>
      <p className="task-progress-text muted">
        {label}: {text}
        {detail ? ` · ${detail}` : ""}
      </p>
    </div>
  );
}
