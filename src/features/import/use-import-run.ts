// The run's side of the wizard: creates (or reopens) the ImportRunner, hands its progress to
// the wizard a few times a second, and when it ends refreshes the resource's lists, drops the
// stored run and says so in a toast. Leaving the wizard mid-run pauses the run: it stays in
// the store, resumable.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, type Dispatch } from "react";
import { useBackend } from "../../data/backend-context.tsx";
import { invalidateAfterWrite } from "../../data/invalidate-resource.ts";
import { useQueryKeys } from "../../data/use-query-keys.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { showToast } from "../../ui/toast-store.ts";
import { ImportRunner } from "./core/import-runner.ts";
import { errorMessage } from "./core/row-errors.ts";
import type { NewRunInput, RunProgress, RunStore, RunSummary } from "./core/types.ts";
import { latestThrottle } from "./latest-throttle.ts";
import { runnerDeps } from "./runner-deps.ts";
import type { WizardAction } from "./types.ts";
import { t } from "./messages.ts";

const PROGRESS_INTERVAL_MS = 100;

export interface ImportRunInput {
  resource: ResourceSchema;
  store: RunStore;
  concurrency?: number;
  dispatch: Dispatch<WizardAction>;
}

export interface ImportRunCommands {
  /** A new run over these rows (the fields they carry pick the duplicate check's key). */
  start(input: Omit<NewRunInput, "resource">, mappedFields: string[]): Promise<void>;
  /** Reopens an interrupted run and carries it on. */
  resumeStored(run: RunSummary): Promise<void>;
  discardStored(run: RunSummary): Promise<void>;
  pause(): Promise<void>;
  resume(): void;
  cancel(): void;
  /** Lets go of the ended run (before "Import another file"). */
  forget(): void;
}

export function useImportRun({ resource, store, concurrency, dispatch }: ImportRunInput): ImportRunCommands {
  const backend = useBackend();
  const queryClient = useQueryClient();
  const keys = useQueryKeys();
  const runnerRef = useRef<ImportRunner | null>(null);
  const progress = useMemo(() => latestThrottle((p: RunProgress) => dispatch({ type: "runProgressed", progress: p }), PROGRESS_INTERVAL_MS), [dispatch]);

  useEffect(
    () => () => {
      const runner = runnerRef.current;
      if (runner && runner.status === "running") void runner.pause();
      progress.cancel();
    },
    [progress],
  );

  const deps = (mappedFields: string[]) => runnerDeps({ backend, resource, store, concurrency, mappedFields, onProgress: progress.push });

  async function carryOn(runner: ImportRunner, columns: string[]): Promise<void> {
    runnerRef.current = runner;
    dispatch({ type: "runStarted", progress: runner.progress(), columns });
    try {
      const report = await runner.run();
      if (runnerRef.current !== runner) return;
      progress.cancel();
      dispatch({ type: "runEnded", report, progress: runner.progress() });
      void invalidateAfterWrite(queryClient, keys, resource);
      // Keep a run with failures only as long as the report is open; nothing is left to resume.
      void store.delete?.(runner.runId);
      showToast(t(report.status === "cancelled" ? "toastCancelled" : "toastFinished", { created: report.created, failed: report.failed }), { tone: report.failed > 0 ? "error" : "success" });
    } catch (e) {
      dispatch({ type: "runFailed", message: t("runStopped", { reason: errorMessage(e) }) });
    }
  }

  return {
    async start(input, mappedFields) {
      dispatch({ type: "runRequested" });
      let runner: ImportRunner;
      try {
        runner = await ImportRunner.create({ ...input, resource: resource.name }, deps(mappedFields));
      } catch (e) {
        dispatch({ type: "runFailed", message: t("runNotStarted", { reason: errorMessage(e) }) });
        return;
      }
      await carryOn(runner, input.columns ?? []);
    },
    async resumeStored(run) {
      dispatch({ type: "resumeRequested" });
      const state = await store.load(run.runId).catch(() => null);
      const runner = state && (await ImportRunner.restore(run.runId, deps(Object.keys(state.rows[0]?.values ?? {}))));
      if (!state || !runner) {
        dispatch({ type: "runFailed", message: t("runGone") });
        return;
      }
      runner.resume();
      await carryOn(runner, state.columns ?? []);
    },
    async discardStored(run) {
      await store.delete?.(run.runId);
      dispatch({ type: "resumableDiscarded", runId: run.runId });
    },
    async pause() {
      const runner = runnerRef.current;
      await runner?.pause();
      if (runner && runnerRef.current === runner) dispatch({ type: "runProgressed", progress: runner.progress() });
    },
    resume() {
      const runner = runnerRef.current;
      runner?.resume();
      if (runner) dispatch({ type: "runProgressed", progress: runner.progress() });
    },
    cancel() {
      void runnerRef.current?.cancel();
    },
    forget() {
      runnerRef.current = null;
    },
  };
}
