// What a run tells the page: progress while it runs (counts, rows per second, time left) and
// the report when it has ended. Both are counted from the rows' own statuses, the one source.
import type { Id, RowStatus, RunProgress, RunReport, RunState } from "./types.ts";

const RATE_WINDOW_MS = 30_000;

/** Rows completed per second over a sliding window. */
export class RateMeter {
  private completions: number[] = [];

  constructor(private readonly now: () => number) {}

  /** A row reached created, failed or skipped. */
  record(): void {
    this.completions.push(this.now());
  }

  /** 0 until two rows are done in the window. */
  rowsPerSecond(): number {
    const now = this.now();
    this.completions = this.completions.filter((t) => now - t <= RATE_WINDOW_MS);
    const first = this.completions[0];
    if (this.completions.length < 2 || first === undefined) return 0;
    return ((this.completions.length - 1) * 1000) / Math.max(now - first, 1);
  }
}

export function countRows(state: RunState): Record<RowStatus, number> {
  const counts: Record<RowStatus, number> = { pending: 0, running: 0, created: 0, failed: 0, skipped: 0 };
  for (const r of state.rows) counts[r.status]++;
  return counts;
}

export function progressOf(state: RunState, rowsPerSecond: number): RunProgress {
  const counts = countRows(state);
  const remaining = counts.pending + counts.running;
  return {
    runId: state.runId,
    status: state.status,
    total: state.rows.length,
    ...counts,
    done: counts.created + counts.failed + counts.skipped,
    rowsPerSecond,
    etaSeconds: remaining === 0 ? 0 : rowsPerSecond > 0 ? remaining / rowsPerSecond : null,
  };
}

export function reportOf(state: RunState): RunReport {
  const rows = state.rows;
  const failedRows = rows.filter((r) => r.status === "failed").map((r) => structuredClone(r));
  const skippedRows = rows.filter((r) => r.status === "skipped").map((r) => structuredClone(r));
  const created = rows.filter((r) => r.status === "created");
  return {
    runId: state.runId,
    status: state.status === "cancelled" ? "cancelled" : "done",
    total: rows.length,
    created: created.length,
    failed: failedRows.length,
    skipped: skippedRows.length,
    createdIds: created.flatMap((r): Id[] => (r.id === undefined ? [] : [r.id])),
    failedRows,
    skippedRows,
  };
}
