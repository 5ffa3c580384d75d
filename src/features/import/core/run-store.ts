// The in-memory RunStore (tests, and browsers without IndexedDB: no resume after a reload) and
// the summary every store lists. The contract is RunStore in types.ts.
import type { RunRow, RunState, RunStatus, RunStore, RunSummary } from "./types.ts";

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
