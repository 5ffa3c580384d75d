// A run's state and how it is kept: a new run's rows, a stored run reopened after a reload,
// the order rows are sent in, and the writes to the RunStore (a row's "running" mark is stored
// before its request is sent, so a reload finds it; see import-runner.ts).
import { cancelledInFlightMessage, notSentMessage } from "./row-errors.ts";
import type { NewRunInput, RunRow, RunState, RunStore } from "./types.ts";

function newRunId(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return `run-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function newRunState(input: NewRunInput, now: number): RunState {
  return {
    runId: input.runId ?? newRunId(),
    resource: input.resource,
    status: "ready",
    createdAt: now,
    updatedAt: now,
    fileName: input.fileName,
    columns: input.columns,
    rows: input.rows.map((r) => ({ index: r.index, line: r.line, values: r.values, cells: r.cells, status: "pending", attempts: 0 })),
  };
}

/**
 * A stored run reopened after a reload: it waits for resume() or run() ("paused"), and the rows
 * that were in flight are returned as uncertain (they may exist on the server).
 */
export function reopenRunState(state: RunState): { state: RunState; uncertain: Set<number> } {
  const uncertain = new Set(state.rows.filter((r) => r.status === "running").map((r) => r.index));
  return { state: { ...state, status: state.status === "running" ? "paused" : state.status }, uncertain };
}

/** Positions in state.rows to send: rows in flight at the interruption first, then the pending ones in file order. */
export function sendOrder(rows: RunRow[]): number[] {
  return [...rows.flatMap((r, i) => (r.status === "running" ? [i] : [])), ...rows.flatMap((r, i) => (r.status === "pending" ? [i] : []))];
}

/** Marks every row not yet settled skipped (a cancelled run); returns the rows it changed. */
export function skipUnsettled(rows: RunRow[]): RunRow[] {
  const skipped: RunRow[] = [];
  for (const r of rows) {
    if (r.status !== "pending" && r.status !== "running") continue;
    r.error = r.status === "running" ? cancelledInFlightMessage() : notSentMessage();
    r.status = "skipped";
    skipped.push(r);
  }
  return skipped;
}

/** Stores changed rows and the run's status (the whole run where the store cannot write rows alone). */
export async function persistRows(store: RunStore | undefined, state: RunState, rows: RunRow[]): Promise<void> {
  if (!store) return;
  if (store.saveRows) await store.saveRows(state.runId, rows, state.status);
  else await store.save(state);
}
