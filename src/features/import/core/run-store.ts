// Persistence of an import run, so that a run interrupted by a reload or a crash can resume
// without creating any row twice. The runner marks a row "running" (in flight) and waits for
// that to be stored BEFORE it sends the row; on resume such a row is checked with
// findExisting instead of being sent again blindly.
import type { Cell, Id, Item } from "./types.ts";

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

export interface RunStore {
  /** Stores the whole run (replacing any earlier copy). */
  save(state: RunState): Promise<void>;
  load(runId: string): Promise<RunState | null>;
  /** Stores changed rows (and optionally the run's status) without rewriting the whole run. */
  saveRows?(runId: string, rows: RunRow[], status?: RunStatus): Promise<void>;
  list?(): Promise<RunSummary[]>;
  delete?(runId: string): Promise<void>;
}

export function summarize(state: RunState): RunSummary {
  const { runId, resource, status, createdAt, updatedAt, fileName } = state;
  return { runId, resource, status, createdAt, updatedAt, fileName, total: state.rows.length };
}

/** An in-memory RunStore that copies on every write and read, like a real store does. */
export class MemoryRunStore implements RunStore {
  private readonly runs = new Map<string, RunState>();

  async save(state: RunState): Promise<void> {
    this.runs.set(state.runId, structuredClone(state));
  }

  async load(runId: string): Promise<RunState | null> {
    const s = this.runs.get(runId);
    return s ? structuredClone(s) : null;
  }

  async saveRows(runId: string, rows: RunRow[], status?: RunStatus): Promise<void> {
    const s = this.runs.get(runId);
    if (!s) throw new Error(`Unknown import run ${runId}`);
    const byIndex = new Map(s.rows.map((r, i) => [r.index, i]));
    for (const row of rows) {
      const at = byIndex.get(row.index);
      if (at === undefined) s.rows.push(structuredClone(row));
      else s.rows[at] = structuredClone(row);
    }
    if (status) s.status = status;
    s.updatedAt = Date.now();
  }

  async list(): Promise<RunSummary[]> {
    return [...this.runs.values()].map(summarize);
  }

  async delete(runId: string): Promise<void> {
    this.runs.delete(runId);
  }
}
