// The import wizard: Upload → Map columns → Validate / preview → Import → Report. Loaded lazily
// (by the /r/:resource/import page and the list's Import dialog). Parsing runs in a Web Worker,
// validation in chunks that yield to the page, the creates in an ImportRunner whose state is
// kept in IndexedDB, so a run interrupted by a reload can be resumed without duplicates.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useBackend } from "../../data/backend-context.tsx";
import { invalidateAfterWrite } from "../../data/invalidate-resource.ts";
import { useSchema } from "../../data/schema-context.tsx";
import { useQueryKeys } from "../../data/use-query-keys.ts";
import { isMultiRelation } from "../../protocol/resolve-widget.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { showToast } from "../../ui/toast-store.ts";
import { TaskProgress } from "../bulk/task-progress.tsx";
import { downloadBlob } from "../export/build-export.ts";
import { autoMapColumns } from "./core/auto-map.ts";
import { failedRowsCsv, joinErrors } from "./core/failed-rows-csv.ts";
import { ImportRunner } from "./core/import-runner.ts";
import { parseFile } from "./core/parse-file.ts";
import { errorMessage } from "./core/row-errors.ts";
import type { Cell, ColumnMapping, ImportRunnerDeps, ParsedTable, ParseOptions, ParseProgress, RunProgress, RunReport, RunStore, RunSummary } from "./core/types.ts";
import { validateRowsChunked, type ValidationResult } from "./core/validate-rows.ts";
import { buildRelationTransform, distinctValues, suggestSelectMap, type ColumnTransforms, type SelectValueMap } from "./core/value-transforms.ts";
import { defaultRunStore } from "./default-run-store.ts";
import { findExistingFor, keyFieldFor } from "./find-existing.ts";
import { MapStep, mappingProblems } from "./map-step.tsx";
import { PreviewStep } from "./preview-step.tsx";
import { relationResolver } from "./relation-resolver.ts";
import { ReportView, RunProgressView } from "./run-step.tsx";
import { UploadStep } from "./upload-step.tsx";
import "../bulk/bulk.css";
import "./import.css";

type Step = "upload" | "map" | "preview" | "run" | "report";
const STEPS: [Step, string][] = [
  ["upload", "Upload"],
  ["map", "Map columns"],
  ["preview", "Validate"],
  ["run", "Import"],
  ["report", "Report"],
];

export interface ImportWizardProps {
  resource: ResourceSchema;
  /** Where runs are kept (default: IndexedDB, else memory). */
  store?: RunStore;
  /** Parallel creates (default capabilities().writeConcurrency). */
  concurrency?: number;
  /** Leave the wizard (Cancel before importing, Done after). */
  onClose(): void;
  /** Parse in this thread (tests). */
  parseInPage?: boolean;
}

interface FailedLine {
  line: number;
  cells: Cell[];
  error: string;
}

function isActive(s: RunSummary): boolean {
  return s.status === "running" || s.status === "paused" || s.status === "ready";
}

export function ImportWizard({ resource, store: storeProp, concurrency, onClose, parseInPage }: ImportWizardProps) {
  const backend = useBackend();
  const schema = useSchema();
  const queryClient = useQueryClient();
  const keys = useQueryKeys();
  const store = useMemo(() => storeProp ?? defaultRunStore(), [storeProp]);
  const caps = backend.capabilities();

  const [step, setStep] = useState<Step>("upload");
  const [file, setFile] = useState<File | null>(null);
  const [overrides, setOverrides] = useState<ParseOptions>({});
  const [table, setTable] = useState<ParsedTable | null>(null);
  const [parsing, setParsing] = useState<ParseProgress | "started" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [selectMaps, setSelectMaps] = useState<Record<string, SelectValueMap>>({});
  const [relationMatch, setRelationMatch] = useState<Record<string, "label" | "value">>({});
  const [validating, setValidating] = useState<{ label: string; done: number; total: number } | null>(null);
  const [validation, setValidation] = useState<ValidationResult | null>(null);
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const [report, setReport] = useState<RunReport | null>(null);
  const [columns, setColumns] = useState<string[]>([]);
  const [resumable, setResumable] = useState<RunSummary[]>([]);
  const abortRef = useRef<AbortController | null>(null);
  const runnerRef = useRef<ImportRunner | null>(null);
  const progressTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latestProgress = useRef<RunProgress | null>(null);

  // Offer to resume an interrupted run of this resource.
  useEffect(() => {
    let live = true;
    void store
      .list?.()
      .then((runs) => {
        if (live) setResumable(runs.filter((r) => r.resource === resource.name && isActive(r)).sort((a, b) => b.updatedAt - a.updatedAt));
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [store, resource.name]);

  // Leaving mid-run pauses it (it stays resumable); leaving mid-parse stops the parser.
  useEffect(
    () => () => {
      abortRef.current?.abort();
      const r = runnerRef.current;
      if (r && r.status === "running") void r.pause();
      if (progressTimer.current) clearTimeout(progressTimer.current);
    },
    [],
  );

  const parse = useCallback(
    async (f: File, opts: ParseOptions) => {
      abortRef.current?.abort();
      const controller = new AbortController();
      abortRef.current = controller;
      setParsing("started");
      setError(null);
      try {
        const t = await parseFile(f, { ...opts, signal: controller.signal, onProgress: (p) => setParsing(p), worker: parseInPage ? "never" : "auto" });
        if (controller.signal.aborted) return;
        setTable(t);
        setMapping(autoMapColumns(t.columns, resource));
        setSelectMaps({});
        setValidation(null);
        if (t.rows.length === 0) setError("The file has no data rows.");
      } catch (e) {
        if (controller.signal.aborted) return;
        setTable(null);
        setError(`Could not read the file: ${e instanceof Error ? e.message : String(e)}`);
      } finally {
        if (!controller.signal.aborted) setParsing(null);
      }
    },
    [resource, parseInPage],
  );

  const onFile = (f: File) => {
    setFile(f);
    setOverrides({});
    void parse(f, {});
  };

  const onOverrides = (o: ParseOptions) => {
    setOverrides(o);
    if (file) void parse(file, o);
  };

  async function validate() {
    if (!table) return;
    const controller = new AbortController();
    abortRef.current = controller;
    setError(null);
    try {
      const transforms: ColumnTransforms = {};
      for (const [ci, column] of table.columns.entries()) {
        const name = mapping[column];
        const field = name ? resource.fields[name] : undefined;
        if (!name || !field) continue;
        if (field.relation) {
          setValidating({ label: `Matching ${column}`, done: 0, total: 0 });
          const matchBy = relationMatch[column] ?? "label";
          transforms[column] = await buildRelationTransform(table.rows, ci, relationResolver(backend, schema, resource, name, matchBy), {
            matchBy,
            multi: isMultiRelation(field),
            signal: controller.signal,
            onProgress: (done, total) => setValidating({ label: `Matching ${column}`, done, total }),
          });
        } else if (field.options && field.options.length > 0) {
          const suggested = suggestSelectMap(distinctValues(table.rows, ci), field).map;
          transforms[column] = { kind: "select", map: { ...suggested, ...selectMaps[column] } };
        }
      }
      const result = await validateRowsChunked(table, mapping, resource, transforms, {
        signal: controller.signal,
        onProgress: (done, total) => setValidating({ label: "Checking rows", done, total }),
      });
      if (controller.signal.aborted) return;
      setValidation(result);
      setStep("preview");
    } catch (e) {
      if (!controller.signal.aborted) setError(`Validation failed: ${errorMessage(e)}`);
    } finally {
      setValidating(null);
    }
  }

  const onRunProgress = (p: RunProgress) => {
    latestProgress.current = p;
    if (progressTimer.current) return;
    progressTimer.current = setTimeout(() => {
      progressTimer.current = null;
      setProgress(latestProgress.current);
    }, 100);
  };

  function deps(mappedFields: string[]): ImportRunnerDeps & { store: RunStore } {
    const keyField = keyFieldFor(resource, mappedFields);
    return {
      store,
      concurrency: concurrency ?? caps.writeConcurrency,
      createRow: async (values, ctx) => {
        const created = await backend.create(resource, values, { signal: ctx.signal });
        return { id: backend.idOf(resource, created.item) };
      },
      findExisting: keyField ? findExistingFor(backend, resource, keyField) : undefined,
      onProgress: onRunProgress,
    };
  }

  async function execute(runner: ImportRunner) {
    runnerRef.current = runner;
    setProgress(runner.progress());
    setStep("run");
    try {
      const r = await runner.run();
      if (runnerRef.current !== runner) return;
      if (progressTimer.current) clearTimeout(progressTimer.current);
      progressTimer.current = null;
      setProgress(runner.progress());
      setReport(r);
      setStep("report");
      void invalidateAfterWrite(queryClient, keys, resource);
      // Keep a run with failures only as long as the report is open; nothing is left to resume.
      void store.delete?.(runner.runId);
      showToast(`Import ${r.status === "cancelled" ? "cancelled" : "finished"}: ${r.created} created, ${r.failed} failed`, { tone: r.failed > 0 ? "error" : "success" });
    } catch (e) {
      setError(`The import stopped: ${errorMessage(e)}`);
    }
  }

  async function startImport() {
    if (!table || !validation) return;
    const rows = validation.rows
      .filter((r) => Object.keys(r.errors).length === 0)
      .map((r) => ({ index: r.index, line: r.line, values: r.values, cells: table.rows[r.index] ?? [] }));
    const mapped = Object.values(mapping).filter((f): f is string => f !== null);
    setColumns(table.columns);
    try {
      const runner = await ImportRunner.create({ resource: resource.name, rows, fileName: file?.name ?? table.meta.fileName, columns: table.columns }, deps(mapped));
      await execute(runner);
    } catch (e) {
      setError(`Could not start the import: ${errorMessage(e)}`);
    }
  }

  async function resume(summary: RunSummary) {
    setResumable([]);
    const state = await store.load(summary.runId);
    if (!state) {
      setError("That import can no longer be resumed.");
      return;
    }
    const mapped = Object.keys(state.rows[0]?.values ?? {});
    const runner = await ImportRunner.restore(summary.runId, deps(mapped));
    if (!runner) return;
    setColumns(state.columns ?? []);
    setFile(null);
    setValidation(null);
    runner.resume();
    await execute(runner);
  }

  async function discard(summary: RunSummary) {
    await store.delete?.(summary.runId);
    setResumable((rs) => rs.filter((r) => r.runId !== summary.runId));
  }

  const failedLines = (): FailedLine[] => {
    const out: FailedLine[] = [];
    if (validation && table) {
      for (const r of validation.rows) if (Object.keys(r.errors).length > 0) out.push({ line: r.line, cells: table.rows[r.index] ?? [], error: `line ${r.line}: ${joinErrors(r.errors)}` });
    }
    if (report) for (const r of [...report.failedRows, ...report.skippedRows]) out.push({ line: r.line, cells: r.cells ?? [], error: `line ${r.line}: ${r.error ?? "not imported"}` });
    return out.sort((a, b) => a.line - b.line);
  };

  const downloadFailed = (onlyInvalid: boolean) => {
    const lines = failedLines().filter((l) => !onlyInvalid || l.error !== "");
    const cols = columns.length > 0 ? columns : (table?.columns ?? []);
    const csv = failedRowsCsv(
      cols,
      lines.map((l) => l.cells),
      lines.map((l) => l.error),
    );
    const base = (file?.name ?? resource.name).replace(/\.[^.]+$/, "");
    downloadBlob(new Blob([csv], { type: "text/csv;charset=utf-8" }), `${base}-errors.csv`);
  };

  const problems = table ? mappingProblems(mapping, resource) : [];
  const paused = progress?.status === "paused";
  const running = !paused;
  const stepIndex = STEPS.findIndex(([s]) => s === step);

  return (
    <div className="import-wizard">
      <ol className="wizard-steps" aria-label="Import steps">
        {STEPS.map(([s, label], i) => (
          <li key={s} aria-current={s === step ? "step" : undefined} data-done={i < stepIndex || undefined}>
            <span className="wizard-step-number">{i + 1}</span> {label}
          </li>
        ))}
      </ol>

      {resumable.length > 0 && step === "upload" && (
        <div className="banner resume-banner" role="region" aria-label="Interrupted import">
          {resumable.slice(0, 1).map((r) => (
            <p key={r.runId}>
              An import of {r.fileName ? `“${r.fileName}”` : "a file"} ({r.total.toLocaleString()} rows) was interrupted.{" "}
              <button type="button" className="btn btn-primary btn-small" onClick={() => void resume(r)}>
                Resume import
              </button>{" "}
              <button type="button" className="btn btn-small" onClick={() => void discard(r)}>
                Discard
              </button>
            </p>
          ))}
        </div>
      )}

      {step === "upload" && <UploadStep file={file} table={table} overrides={overrides} parsing={parsing} error={error} onFile={onFile} onOverrides={onOverrides} />}
      {step === "map" && table && (
        <MapStep
          table={table}
          resource={resource}
          mapping={mapping}
          onMapping={setMapping}
          selectMaps={selectMaps}
          onSelectMaps={setSelectMaps}
          relationMatch={relationMatch}
          onRelationMatch={setRelationMatch}
        />
      )}
      {step === "preview" && table && validation && (
        <PreviewStep table={table} resource={resource} mapping={mapping} result={validation} onDownloadInvalid={() => downloadFailed(true)} />
      )}
      {(step === "run" || step === "report") && progress && <RunProgressView progress={progress} />}
      {step === "report" && report && (
        <ReportView
          report={report}
          invalidCount={validation?.invalidCount ?? 0}
          label={resource.label_plural.toLowerCase()}
          onDownload={() => downloadFailed(false)}
        />
      )}
      {validating && <TaskProgress label={validating.label} done={validating.done} total={validating.total || null} />}
      {error && step !== "upload" && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}

      <div className="wizard-actions">
        {step === "upload" && (
          <>
            <button type="button" className="btn" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="btn btn-primary" disabled={!table || table.rows.length === 0 || parsing !== null} onClick={() => setStep("map")}>
              Next
            </button>
          </>
        )}
        {step === "map" && (
          <>
            <button type="button" className="btn" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="btn" onClick={() => setStep("upload")} disabled={validating !== null}>
              Back
            </button>
            <button type="button" className="btn btn-primary" disabled={problems.length > 0 || validating !== null} onClick={() => void validate()}>
              Validate
            </button>
          </>
        )}
        {step === "preview" && validation && (
          <>
            <button type="button" className="btn" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="btn" onClick={() => setStep("map")}>
              Back
            </button>
            <button type="button" className="btn btn-primary" disabled={validation.validCount === 0} onClick={() => void startImport()}>
              Import
            </button>
          </>
        )}
        {step === "run" && (
          <>
            {running && (
              <button type="button" className="btn" onClick={() => void runnerRef.current?.pause().then(() => runnerRef.current && setProgress(runnerRef.current.progress()))}>
                Pause
              </button>
            )}
            {paused && (
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => {
                  runnerRef.current?.resume();
                  if (runnerRef.current) setProgress(runnerRef.current.progress());
                }}
              >
                Resume
              </button>
            )}
            <button type="button" className="btn" onClick={() => void runnerRef.current?.cancel()}>
              Cancel
            </button>
          </>
        )}
        {step === "report" && (
          <>
            <button
              type="button"
              className="btn"
              onClick={() => {
                runnerRef.current = null;
                setReport(null);
                setProgress(null);
                setValidation(null);
                setTable(null);
                setFile(null);
                setStep("upload");
              }}
            >
              Import another file
            </button>
            <button type="button" className="btn btn-primary" onClick={onClose}>
              Done
            </button>
          </>
        )}
      </div>
    </div>
  );
}
