// Runs the creates of an import: bounded concurrency (default 4), retries of transient
// failures with exponential backoff (429 honours Retry-After and slows every lane), pause /
// resume / cancel, progress with rows/s and ETA, and resumable state in a RunStore.
//
// No row is created twice:
// - a row is marked "running" and that mark is stored BEFORE its request is sent;
// - after a reload, a row found "running" may or may not exist on the server, so it is checked
//   with findExisting() and only re-sent when that finds nothing (without findExisting it is
//   marked failed with an explanation, never re-sent);
// - the same check runs before retrying a failure whose outcome is unknown (network error,
//   408, 502, 504): the server may have done the work before the answer got lost; without
//   findExisting such a row fails with an explanation instead of being sent again;
// - every request carries a stable idempotency key (`${runId}:${index}`) for backends that
//   honour one.
// Retried: status 0 (network), 408, 429, 502, 503, 504. Not retried: every other status,
// including 500, which litestar-admin returns for constraint violations.
import { isApiError } from "../../../backend/api-error.ts";
import type { RowStatus, RunRow, RunState, RunStatus, RunStore } from "./run-store.ts";
import type { Cell, Id, Item } from "./types.ts";

export interface CreateContext {
  signal: AbortSignal;
  idempotencyKey: string;
}

export interface ImportRunnerDeps {
  createRow(values: Item, ctx: CreateContext): Promise<{ id: Id }>;
  /** Looks a row up on the server (e.g. by a unique field); null when it does not exist. */
  findExisting?(values: Item, ctx: { signal: AbortSignal }): Promise<{ id: Id } | null>;
  store?: RunStore;
  /** Parallel requests (default 4). */
  concurrency?: number;
  /** Retries per request after the first attempt (default 5). */
  maxRetries?: number;
  /** First backoff delay (default 500 ms), doubled per retry, with ±20% jitter. */
  baseDelayMs?: number;
  /** Longest backoff delay (default 30 s). */
  maxDelayMs?: number;
  sleep?(ms: number, signal: AbortSignal): Promise<void>;
  now?(): number;
  random?(): number;
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

const RETRYABLE = new Set([0, 408, 429, 502, 503, 504]);
/** Failures after which the server may still have created the row (502: the gateway lost the answer). */
const OUTCOME_UNKNOWN = new Set([0, 408, 502, 504]);
const RATE_WINDOW_MS = 30_000;

export const INTERRUPTED_MESSAGE =
  "The import was interrupted while this row was being sent; it may already exist. Check before importing it again.";
export const CANCELLED_IN_FLIGHT_MESSAGE = "Cancelled while this row was being sent; it may have been created.";
export const NOT_RESENT_MESSAGE = "not sent again: it may already have been created; check before importing it again";

function statusOf(e: unknown): number | null {
  if (isApiError(e)) return e.status;
  if (e instanceof TypeError) return 0; // fetch's network failure
  return null;
}

export const SERVER_REJECTED_MESSAGE = "Rejected by the server (constraint violation or invalid value)";

const GENERIC_500 = /^(internal server error|server error|request failed.*|)$/i;

/**
 * A row-level message from an error: the message plus field errors ("price: must be ≥ 0").
 * A bare 500 reads as a rejection of the row (litestar-admin answers constraint violations
 * that way, litestar-admin.md §12).
 */
export function errorMessage(e: unknown): string {
  if (isApiError(e)) {
    const fields = e.fieldErrors.map((f) => (f.field ? `${f.field}: ${f.message}` : f.message));
    if (fields.length === 0) {
      if (e.status === 500 && GENERIC_500.test(e.message.trim())) return SERVER_REJECTED_MESSAGE;
      return e.message || `Request failed (${e.status})`;
    }
    const base = e.message && !fields.includes(e.message) ? `${e.message} — ` : "";
    return base + fields.join("; ");
  }
  if (e instanceof Error) return e.message;
  return String(e);
}

function newRunId(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return `run-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function defaultSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

export class ImportRunner {
  private readonly deps: ImportRunnerDeps;
  private readonly st: RunState;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  private controller = new AbortController();
  /** Rows whose request may have reached the server without us learning the outcome. */
  private readonly uncertain = new Set<number>();
  private queue: number[] = [];
  private cursor = 0;
  private inFlight = 0;
  private paused = false;
  private cancelling = false;
  private wakeUp: (() => void)[] = [];
  private idleWaiters: (() => void)[] = [];
  private gateUntil = 0;
  private completions: number[] = [];
  private running: Promise<RunReport> | null = null;

  private constructor(state: RunState, deps: ImportRunnerDeps) {
    this.st = state;
    this.deps = deps;
    this.now = deps.now ?? (() => Date.now());
    this.sleep = deps.sleep ?? defaultSleep;
  }

  /** A new run over validated rows. Nothing is sent before run(). */
  static async create(input: NewRunInput, deps: ImportRunnerDeps): Promise<ImportRunner> {
    const now = (deps.now ?? Date.now)();
    const state: RunState = {
      runId: input.runId ?? newRunId(),
      resource: input.resource,
      status: "ready",
      createdAt: now,
      updatedAt: now,
      fileName: input.fileName,
      columns: input.columns,
      rows: input.rows.map((r) => ({ index: r.index, line: r.line, values: r.values, cells: r.cells, status: "pending" as RowStatus, attempts: 0 })),
    };
    const runner = new ImportRunner(state, deps);
    await deps.store?.save(state);
    return runner;
  }

  /**
   * Reopens a stored run (after a reload). Rows that were in flight are checked with
   * findExisting before anything is re-sent. Null when the store has no such run.
   */
  static async restore(runId: string, deps: ImportRunnerDeps & { store: RunStore }): Promise<ImportRunner | null> {
    const state = await deps.store.load(runId);
    if (!state) return null;
    const runner = new ImportRunner(state, deps);
    for (const row of state.rows) if (row.status === "running") runner.uncertain.add(row.index);
    if (state.status === "running") state.status = "paused";
    return runner;
  }

  get runId(): string {
    return this.st.runId;
  }

  /** A copy of the current state. */
  get state(): RunState {
    return structuredClone(this.st);
  }

  get status(): RunStatus {
    return this.st.status;
  }

  progress(): RunProgress {
    const counts: Record<RowStatus, number> = { pending: 0, running: 0, created: 0, failed: 0, skipped: 0 };
    for (const r of this.st.rows) counts[r.status]++;
    const done = counts.created + counts.failed + counts.skipped;
    const now = this.now();
    this.completions = this.completions.filter((t) => now - t <= RATE_WINDOW_MS);
    let rowsPerSecond = 0;
    const first = this.completions[0];
    if (this.completions.length >= 2 && first !== undefined) {
      const span = Math.max(now - first, 1);
      rowsPerSecond = ((this.completions.length - 1) * 1000) / span;
    }
    const remaining = counts.pending + counts.running;
    const etaSeconds = remaining === 0 ? 0 : rowsPerSecond > 0 ? remaining / rowsPerSecond : null;
    return {
      runId: this.st.runId,
      status: this.st.status,
      total: this.st.rows.length,
      ...counts,
      done,
      rowsPerSecond,
      etaSeconds,
    };
  }

  report(): RunReport {
    const rows = this.st.rows;
    return {
      runId: this.st.runId,
      status: this.st.status === "cancelled" ? "cancelled" : "done",
      total: rows.length,
      created: rows.filter((r) => r.status === "created").length,
      failed: rows.filter((r) => r.status === "failed").length,
      skipped: rows.filter((r) => r.status === "skipped").length,
      createdIds: rows.filter((r) => r.status === "created" && r.id !== undefined).map((r) => r.id as Id),
      failedRows: rows.filter((r) => r.status === "failed").map((r) => structuredClone(r)),
      skippedRows: rows.filter((r) => r.status === "skipped").map((r) => structuredClone(r)),
    };
  }

  /** Processes the remaining rows. Resolves with the report when done or cancelled (not when paused). */
  run(): Promise<RunReport> {
    if (this.st.status === "done" || this.st.status === "cancelled") return Promise.resolve(this.report());
    if (!this.running) {
      this.running = this.loop().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  /** Stops sending new rows; resolves when the requests in flight have settled. */
  async pause(): Promise<void> {
    if (this.st.status !== "running") return;
    this.paused = true;
    await this.setStatus("paused");
    if (this.inFlight > 0) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  resume(): void {
    if (this.st.status !== "paused" && this.st.status !== "ready") return;
    this.paused = false;
    if (this.running) void this.setStatus("running");
    this.wake();
  }

  /**
   * Stops the run: requests in flight are aborted, rows not sent are skipped. Resolves with the
   * final report once every lane has stopped.
   */
  async cancel(): Promise<RunReport> {
    if (this.st.status === "done" || this.st.status === "cancelled") return this.report();
    this.cancelling = true;
    this.controller.abort(new DOMException("The import was cancelled", "AbortError"));
    this.wake();
    if (this.running) return this.running;
    await this.finishCancelled();
    return this.report();
  }

  /** Puts failed rows back in the queue (e.g. after fixing a server-side problem). */
  async requeueFailed(): Promise<number> {
    const rows = this.st.rows.filter((r) => r.status === "failed");
    for (const r of rows) {
      r.status = "pending";
      delete r.error;
    }
    if (rows.length > 0) {
      this.st.status = "paused";
      await this.persistRows(rows);
    }
    return rows.length;
  }

  // ------------------------------------------------------------------ internals

  private wake(): void {
    const waiters = this.wakeUp;
    this.wakeUp = [];
    for (const w of waiters) w();
  }

  private emit(row?: RunRow): void {
    if (row) this.deps.onRowChange?.(structuredClone(row));
    this.deps.onProgress?.(this.progress());
  }

  private async setStatus(status: RunStatus): Promise<void> {
    this.st.status = status;
    this.st.updatedAt = this.now();
    const store = this.deps.store;
    if (store?.saveRows) await store.saveRows(this.st.runId, [], status);
    else await store?.save(this.st);
    this.emit();
  }

  private async persistRows(rows: RunRow[]): Promise<void> {
    this.st.updatedAt = this.now();
    const store = this.deps.store;
    if (!store) return;
    if (store.saveRows) await store.saveRows(this.st.runId, rows, this.st.status);
    else await store.save(this.st);
  }

  private async update(row: RunRow, patch: Partial<RunRow>): Promise<void> {
    Object.assign(row, patch);
    if (patch.status === "created" || patch.status === "failed" || patch.status === "skipped") this.completions.push(this.now());
    await this.persistRows([row]);
    this.emit(row);
  }

  private async loop(): Promise<RunReport> {
    if (this.cancelling) {
      await this.finishCancelled();
      return this.report();
    }
    const byIndex = this.st.rows;
    // Rows in flight at the interruption first, then the pending ones in file order.
    this.queue = [
      ...byIndex.flatMap((r, i) => (r.status === "running" ? [i] : [])),
      ...byIndex.flatMap((r, i) => (r.status === "pending" ? [i] : [])),
    ];
    this.cursor = 0;
    this.paused = false;
    await this.setStatus("running");
    const lanes = Math.max(1, Math.floor(this.deps.concurrency ?? 4));
    await Promise.all(Array.from({ length: lanes }, () => this.lane()));
    if (this.cancelling) await this.finishCancelled();
    else await this.setStatus("done");
    return this.report();
  }

  private async finishCancelled(): Promise<void> {
    const skipped: RunRow[] = [];
    for (const r of this.st.rows) {
      if (r.status === "pending") {
        r.status = "skipped";
        r.error = "Not sent: the import was cancelled";
        skipped.push(r);
      } else if (r.status === "running") {
        r.status = "skipped";
        r.error = CANCELLED_IN_FLIGHT_MESSAGE;
        skipped.push(r);
      }
    }
    this.st.status = "cancelled";
    await this.persistRows(skipped);
    const store = this.deps.store;
    if (store?.saveRows) await store.saveRows(this.st.runId, [], "cancelled");
    else await store?.save(this.st);
    this.emit();
  }

  private async waitWhilePaused(): Promise<void> {
    while (this.paused && !this.cancelling) {
      if (this.inFlight === 0) this.notifyIdle();
      await new Promise<void>((resolve) => this.wakeUp.push(resolve));
    }
  }

  private notifyIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private async lane(): Promise<void> {
    for (;;) {
      await this.waitWhilePaused();
      if (this.cancelling) return;
      await this.waitForRateGate();
      if (this.cancelling) return;
      if (this.paused) continue;
      const at = this.queue[this.cursor];
      if (at === undefined) return;
      this.cursor++;
      const row = this.st.rows[at];
      if (!row || (row.status !== "pending" && row.status !== "running")) continue;
      this.inFlight++;
      try {
        await this.processRow(row);
      } finally {
        this.inFlight--;
        if (this.paused && this.inFlight === 0) this.notifyIdle();
      }
    }
  }

  private async waitForRateGate(): Promise<void> {
    const wait = this.gateUntil - this.now();
    if (wait <= 0) return;
    try {
      await this.sleep(wait, this.controller.signal);
    } catch {
      // cancelled while waiting
    }
  }

  private backoff(retry: number, e: unknown): number {
    if (isApiError(e) && e.status === 429 && e.retryAfter !== undefined && e.retryAfter >= 0) return e.retryAfter * 1000;
    const base = this.deps.baseDelayMs ?? 500;
    const max = this.deps.maxDelayMs ?? 30_000;
    const jitter = 0.8 + 0.4 * (this.deps.random ?? Math.random)();
    return Math.min(max, base * 2 ** retry * jitter);
  }

  /** Checks the server for a row whose creation may have happened. "unknown" when it cannot tell. */
  private async checkExisting(row: RunRow): Promise<{ id: Id } | null | "unknown"> {
    const find = this.deps.findExisting;
    if (!find) return "unknown";
    const maxRetries = this.deps.maxRetries ?? 5;
    for (let retry = 0; ; retry++) {
      try {
        return await find(row.values, { signal: this.controller.signal });
      } catch (e) {
        if (this.cancelling) throw e;
        const status = statusOf(e);
        if (status === null || !RETRYABLE.has(status) || retry >= maxRetries) return "unknown";
        await this.sleep(this.backoff(retry, e), this.controller.signal);
      }
    }
  }

  /** Resolves a row whose earlier request may have reached the server. True when settled. */
  private async settleUncertain(row: RunRow, reason: string): Promise<boolean> {
    const existing = await this.checkExisting(row);
    if (existing === "unknown") {
      await this.update(row, { status: "failed", error: reason });
      return true;
    }
    if (existing) {
      await this.update(row, { status: "created", id: existing.id, recovered: true });
      return true;
    }
    return false;
  }

  private async processRow(row: RunRow): Promise<void> {
    const signal = this.controller.signal;
    const maxRetries = this.deps.maxRetries ?? 5;
    try {
      if (this.uncertain.has(row.index) || row.status === "running") {
        this.uncertain.delete(row.index);
        if (await this.settleUncertain(row, INTERRUPTED_MESSAGE)) return;
      }
      for (let retry = 0; ; retry++) {
        // Stored before sending: a reload from here on finds the row "running".
        await this.update(row, { status: "running", attempts: row.attempts + 1 });
        try {
          const { id } = await this.deps.createRow(row.values, { signal, idempotencyKey: `${this.st.runId}:${row.index}` });
          await this.update(row, { status: "created", id, error: undefined });
          return;
        } catch (e) {
          if (this.cancelling) throw e;
          const status = statusOf(e);
          if (status === null || !RETRYABLE.has(status) || retry >= maxRetries) {
            await this.update(row, { status: "failed", error: errorMessage(e) });
            return;
          }
          // A create is not idempotent: one that may have happened is sent again only after the
          // duplicate check found nothing.
          if (OUTCOME_UNKNOWN.has(status) && !this.deps.findExisting) {
            await this.update(row, { status: "failed", error: `${errorMessage(e)} (${NOT_RESENT_MESSAGE})` });
            return;
          }
          const delay = this.backoff(retry, e);
          if (status === 429) this.gateUntil = Math.max(this.gateUntil, this.now() + delay);
          // A refused request (429/503) created nothing: while waiting, the row is pending
          // again, so a reload may simply re-send it. After 0/408/502/504 it stays "running".
          if (!OUTCOME_UNKNOWN.has(status)) await this.update(row, { status: "pending" });
          await this.sleep(delay, signal);
          if (OUTCOME_UNKNOWN.has(status)) {
            const reason = `${errorMessage(e)} (it could not be checked whether the row was created)`;
            if (await this.settleUncertain(row, reason)) return;
          }
        }
      }
    } catch (e) {
      if (!this.cancelling) throw e;
      // Cancelled: a row whose request was out may exist; one that was waiting was not sent.
      if (row.status === "running") await this.update(row, { status: "skipped", error: CANCELLED_IN_FLIGHT_MESSAGE });
    }
  }
}
