// Runs the creates of an import: bounded concurrency (default 4, lane-scheduler.ts), retries
// of transient failures with exponential backoff (retry-policy.ts; 429 honours Retry-After and
// slows every lane), pause / resume / cancel, progress with rows/s and ETA (run-report.ts), and
// resumable state in a RunStore (run-state.ts).
//
// No row is created twice:
// - a row is marked "running" and that mark is stored BEFORE its request is sent;
// - after a reload, a row found "running" may or may not exist on the server, so it is checked
//   with findExisting() (duplicate-check.ts) and only re-sent when that finds nothing (without
//   findExisting it is marked failed with an explanation, never re-sent);
// - the same check runs before retrying a failure whose outcome is unknown (network error,
//   408, 502, 504): the server may have done the work before the answer got lost; without
//   findExisting such a row fails with an explanation instead of being sent again;
// - every request carries a stable idempotency key (`${runId}:${index}`) for backends that
//   honour one.
import { checkExisting } from "./duplicate-check.ts";
import { LaneScheduler } from "./lane-scheduler.ts";
import { backoffDelay, abortableSleep, decideRetry, DEFAULT_MAX_RETRIES } from "./retry-policy.ts";
import { cancelledInFlightMessage, errorMessage, interruptedMessage, notResentMessage } from "./row-errors.ts";
import { t } from "../messages.ts";
import { progressOf, RateMeter, reportOf } from "./run-report.ts";
import { newRunState, persistRows, reopenRunState, sendOrder, skipUnsettled } from "./run-state.ts";
import type { ImportRunnerDeps, NewRunInput, RunProgress, RunReport, RunRow, RunState, RunStatus, RunStore } from "./types.ts";

export class ImportRunner {
  private readonly deps: ImportRunnerDeps;
  private readonly st: RunState;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  private readonly controller = new AbortController();
  private readonly lanes: LaneScheduler;
  private readonly rate: RateMeter;
  /** Rows whose request may have reached the server without us learning the outcome. */
  private readonly uncertain: Set<number>;
  private cancelling = false;
  private running: Promise<RunReport> | null = null;

  private constructor(state: RunState, deps: ImportRunnerDeps, uncertain = new Set<number>()) {
    this.st = state;
    this.deps = deps;
    this.uncertain = uncertain;
    this.now = deps.now ?? (() => Date.now());
    this.sleep = deps.sleep ?? abortableSleep;
    this.rate = new RateMeter(this.now);
    this.lanes = new LaneScheduler({ now: this.now, sleep: this.sleep, signal: this.controller.signal });
  }

  /** A new run over validated rows. Nothing is sent before run(). */
  static async create(input: NewRunInput, deps: ImportRunnerDeps): Promise<ImportRunner> {
    const state = newRunState(input, (deps.now ?? Date.now)());
    const runner = new ImportRunner(state, deps);
    await deps.store?.save(state);
    return runner;
  }

  /**
   * Reopens a stored run (after a reload). Rows that were in flight are checked with
   * findExisting before anything is re-sent. Null when the store has no such run.
   */
  static async restore(runId: string, deps: ImportRunnerDeps & { store: RunStore }): Promise<ImportRunner | null> {
    const stored = await deps.store.load(runId);
    if (!stored) return null;
    const { state, uncertain } = reopenRunState(stored);
    return new ImportRunner(state, deps, uncertain);
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
    return progressOf(this.st, this.rate.rowsPerSecond());
  }

  report(): RunReport {
    return reportOf(this.st);
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
    this.lanes.pause();
    await this.setStatus("paused");
    await this.lanes.idle();
  }

  resume(): void {
    if (this.st.status !== "paused" && this.st.status !== "ready") return;
    if (this.running) void this.setStatus("running");
    this.lanes.resume();
  }

  /**
   * Stops the run: requests in flight are aborted, rows not sent are skipped. Resolves with the
   * final report once every lane has stopped.
   */
  async cancel(): Promise<RunReport> {
    if (this.st.status === "done" || this.st.status === "cancelled") return this.report();
    this.cancelling = true;
    this.controller.abort(new DOMException(t("importCancelled"), "AbortError"));
    this.lanes.stop();
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
      await this.persist(rows);
    }
    return rows.length;
  }

  // ------------------------------------------------------------------ internals

  private emit(row?: RunRow): void {
    if (row) this.deps.onRowChange?.(structuredClone(row));
    this.deps.onProgress?.(this.progress());
  }

  private async persist(rows: RunRow[]): Promise<void> {
    this.st.updatedAt = this.now();
    await persistRows(this.deps.store, this.st, rows);
  }

  private async setStatus(status: RunStatus): Promise<void> {
    this.st.status = status;
    await this.persist([]);
    this.emit();
  }

  private async update(row: RunRow, patch: Partial<RunRow>): Promise<void> {
    Object.assign(row, patch);
    if (patch.status === "created" || patch.status === "failed" || patch.status === "skipped") this.rate.record();
    await this.persist([row]);
    this.emit(row);
  }

  private async loop(): Promise<RunReport> {
    if (this.cancelling) {
      await this.finishCancelled();
      return this.report();
    }
    const rows = this.st.rows;
    this.lanes.load(sendOrder(rows));
    await this.setStatus("running");
    await this.lanes.drain({
      lanes: this.deps.concurrency ?? 4,
      work: async (at) => {
        const row = rows[at];
        if (row && (row.status === "pending" || row.status === "running")) await this.processRow(row);
      },
    });
    if (this.cancelling) await this.finishCancelled();
    else await this.setStatus("done");
    return this.report();
  }

  private async finishCancelled(): Promise<void> {
    const skipped = skipUnsettled(this.st.rows);
    this.st.status = "cancelled";
    await this.persist(skipped);
    this.emit();
  }

  /** Resolves a row whose earlier request may have reached the server. True when settled. */
  private async settleUncertain(row: RunRow, reason: string): Promise<boolean> {
    const existing = await checkExisting({ values: row.values, deps: this.deps, signal: this.controller.signal, sleep: this.sleep });
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
    try {
      if (this.uncertain.delete(row.index) || row.status === "running") {
        if (await this.settleUncertain(row, interruptedMessage())) return;
      }
      for (let retry = 0; ; retry++) {
        // Stored before sending: a reload from here on finds the row "running".
        await this.update(row, { status: "running", attempts: row.attempts + 1 });
        try {
          const { id } = await this.deps.createRow(row.values, { signal: this.controller.signal, idempotencyKey: `${this.st.runId}:${row.index}` });
          await this.update(row, { status: "created", id, error: undefined });
          return;
        } catch (e) {
          if (this.cancelling) throw e;
          if (await this.afterFailure(row, e, retry)) return;
        }
      }
    } catch (e) {
      if (!this.cancelling) throw e;
      // Cancelled: a row whose request was out may exist; one that was waiting was not sent.
      if (row.status === "running") await this.update(row, { status: "skipped", error: cancelledInFlightMessage() });
    }
  }

  /** After a failed create: fails the row, or waits to send it again. True when the row is settled. */
  private async afterFailure(row: RunRow, e: unknown, retry: number): Promise<boolean> {
    const decision = decideRetry(e, { retry, maxRetries: this.deps.maxRetries ?? DEFAULT_MAX_RETRIES });
    if (!decision.retry) {
      await this.update(row, { status: "failed", error: errorMessage(e) });
      return true;
    }
    // A create is not idempotent: one that may have happened is sent again only after the
    // duplicate check found nothing.
    if (decision.outcomeUnknown && !this.deps.findExisting) {
      await this.update(row, { status: "failed", error: t("withReason", { reason: errorMessage(e), note: notResentMessage() }) });
      return true;
    }
    const delay = backoffDelay(retry, e, this.deps);
    if (decision.rateLimited) this.lanes.holdUntil(this.now() + delay);
    // A refused request (429/503) created nothing: while waiting, the row is pending again,
    // so a reload may simply re-send it. After 0/408/502/504 it stays "running".
    if (!decision.outcomeUnknown) await this.update(row, { status: "pending" });
    await this.sleep(delay, this.controller.signal);
    if (!decision.outcomeUnknown) return false;
    return this.settleUncertain(row, t("uncheckedOutcome", { reason: errorMessage(e) }));
  }
}
