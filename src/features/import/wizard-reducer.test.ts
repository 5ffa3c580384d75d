import { describe, expect, it } from "vitest";
import type { ParsedTable, RunProgress, RunReport, RunSummary } from "./core/types.ts";
import type { ValidationResult } from "./core/validate-rows.ts";
import type { WizardAction, WizardState } from "./types.ts";
import { canGoBack, canGoNext, canImport, initialWizardState, wizardReducer } from "./wizard-reducer.ts";

function table(rows: number): ParsedTable {
  return {
    columns: ["Name", "SKU"],
    rows: Array.from({ length: rows }, (_, i) => [`Item ${i}`, `SKU-${i}`]),
    lines: Array.from({ length: rows }, (_, i) => i + 2),
    meta: { fileName: "p.csv", format: "csv", encoding: "utf-8", delimiter: ",", quoteChar: '"', newline: "\n", hasHeader: true, rowCount: rows, raggedRows: [], byteLength: 100 },
  };
}

function validation(valid: number, invalid: number): ValidationResult {
  const bad: Record<string, string> = { price: "must be 0 or more" };
  const rows = Array.from({ length: valid + invalid }, (_, i) => ({ index: i, line: i + 2, values: { name: `Item ${i}` }, errors: i < valid ? {} : bad }));
  return { rows, validCount: valid, invalidCount: invalid };
}

function progress(status: RunProgress["status"], done = 0): RunProgress {
  return { runId: "r1", status, total: 3, pending: 3 - done, running: 0, created: done, failed: 0, skipped: 0, done, rowsPerSecond: 0, etaSeconds: null };
}

const report: RunReport = { runId: "r1", status: "done", total: 3, created: 3, failed: 0, skipped: 0, createdIds: [1, 2, 3], failedRows: [], skippedRows: [] };
const interrupted: RunSummary = { runId: "old", resource: "products", status: "paused", createdAt: 1, updatedAt: 2, fileName: "old.csv", total: 10 };
const file = new File(["Name,SKU\nA,1"], "p.csv", { type: "text/csv" });

/** The states the wizard passes through, each as the wizard reaches it. */
const base = { ...initialWizardState(), resumable: [interrupted] };
const states = {
  upload: base,
  uploadParsing: { ...base, file, parsing: "started" },
  uploadParsed: { ...base, file, table: table(3), mapping: { Name: "name", SKU: "sku" } },
  map: { ...base, step: "map", file, table: table(3), mapping: { Name: "name", SKU: "sku" } },
  mapValidating: { ...base, step: "map", file, table: table(3), mapping: { Name: "name" }, validating: { label: "Checking rows", done: 1, total: 3 } },
  preview: { ...base, step: "preview", file, table: table(3), mapping: { Name: "name" }, validation: validation(2, 1) },
  runStarting: { ...base, step: "run", file, table: table(3), validation: validation(2, 1) },
  run: { ...base, step: "run", file, table: table(3), validation: validation(2, 1), progress: progress("running", 1), runColumns: ["Name", "SKU"] },
  report: { ...base, step: "report", file, table: table(3), validation: validation(2, 1), progress: progress("done", 3), report, runColumns: ["Name", "SKU"] },
} satisfies Record<string, WizardState>;
type StateName = keyof typeof states;
const ALL = Object.keys(states) as StateName[];

/** One action of every type (a compile error when a type is missing). */
const actions: { [T in WizardAction["type"]]: Extract<WizardAction, { type: T }> } = {
  resumableLoaded: { type: "resumableLoaded", runs: [interrupted] },
  resumableDiscarded: { type: "resumableDiscarded", runId: "old" },
  parseStarted: { type: "parseStarted", file, overrides: { delimiter: ";" } },
  parseProgressed: { type: "parseProgressed", progress: { rows: 10, bytesRead: 50, totalBytes: 100 } },
  parsed: { type: "parsed", table: table(2), mapping: { Name: "name" } },
  parseFailed: { type: "parseFailed", message: "Could not read the file: bad zip" },
  next: { type: "next" },
  back: { type: "back" },
  mappingChanged: { type: "mappingChanged", mapping: { Name: null } },
  selectMapsChanged: { type: "selectMapsChanged", selectMaps: { Status: { live: "active" } } },
  relationMatchChanged: { type: "relationMatchChanged", relationMatch: { Category: "value" } },
  validationStarted: { type: "validationStarted" },
  validationProgressed: { type: "validationProgressed", task: { label: "Matching Category", done: 1, total: 2 } },
  validated: { type: "validated", result: validation(3, 0) },
  validationFailed: { type: "validationFailed", message: "Validation failed: offline" },
  validationStopped: { type: "validationStopped" },
  runRequested: { type: "runRequested" },
  resumeRequested: { type: "resumeRequested" },
  runStarted: { type: "runStarted", progress: progress("running"), columns: ["Name", "SKU"] },
  runProgressed: { type: "runProgressed", progress: progress("running", 2) },
  runEnded: { type: "runEnded", report, progress: progress("done", 3) },
  runFailed: { type: "runFailed", message: "The import stopped: boom" },
  restarted: { type: "restarted" },
};

/** Where each action changes the state; everywhere else it is ignored (the same state back). */
const appliesIn: Record<WizardAction["type"], StateName[]> = {
  resumableLoaded: ALL,
  resumableDiscarded: ALL,
  parseStarted: ["upload", "uploadParsing", "uploadParsed"],
  parseProgressed: ["uploadParsing"],
  parsed: ["uploadParsing"],
  parseFailed: ["uploadParsing"],
  next: ["uploadParsed"],
  back: ["map", "preview"],
  mappingChanged: ["map", "mapValidating"],
  selectMapsChanged: ["map", "mapValidating"],
  relationMatchChanged: ["map", "mapValidating"],
  validationStarted: ["map"],
  validationProgressed: ["mapValidating"],
  validated: ["mapValidating"],
  validationFailed: ["mapValidating"],
  validationStopped: ["mapValidating"],
  runRequested: ["preview"],
  resumeRequested: ["upload", "uploadParsed"],
  runStarted: ["runStarting"],
  runProgressed: ["run"],
  runEnded: ["run"],
  runFailed: ["runStarting", "run"],
  restarted: ["report"],
};

const run = (name: StateName, type: WizardAction["type"]) => wizardReducer(states[name], actions[type]);

describe("wizardReducer", () => {
  const cases = ALL.flatMap((name) => (Object.keys(actions) as WizardAction["type"][]).map((type) => [name, type] as const));
  it.each(cases)("%s + %s: applies exactly where the transition table says", (name, type) => {
    const next = run(name, type);
    if (appliesIn[type].includes(name)) expect(next).not.toBe(states[name]);
    else expect(next).toBe(states[name]);
  });

  it("reads a file: started (error cleared), progress, then the table with its mapping and fresh value maps", () => {
    const withError = { ...states.upload, error: "old", selectMaps: { Status: { x: "y" } } };
    const started = wizardReducer(withError, actions.parseStarted);
    expect(started).toMatchObject({ file, overrides: { delimiter: ";" }, parsing: "started", error: null });
    const reading = wizardReducer(started, actions.parseProgressed);
    expect(reading.parsing).toEqual({ rows: 10, bytesRead: 50, totalBytes: 100 });
    const parsed = wizardReducer(reading, actions.parsed);
    expect(parsed).toMatchObject({ step: "upload", parsing: null, mapping: { Name: "name" }, selectMaps: {}, validation: null, error: null });
    expect(parsed.table?.rows).toHaveLength(2);
    expect(canGoNext(parsed)).toBe(true);
  });

  it("a file without data rows says so and cannot go on; one that cannot be read clears the table", () => {
    const empty = wizardReducer(states.uploadParsing, { type: "parsed", table: table(0), mapping: {} });
    expect(empty.error).toBe("The file has no data rows.");
    expect(canGoNext(empty)).toBe(false);
    expect(wizardReducer(empty, actions.next)).toBe(empty);
    const failed = wizardReducer({ ...states.uploadParsing, table: table(3) }, actions.parseFailed);
    expect(failed).toMatchObject({ table: null, parsing: null, error: "Could not read the file: bad zip" });
  });

  it("Next and Back move between upload, map and preview, keeping what was chosen", () => {
    const map = wizardReducer(states.uploadParsed, actions.next);
    expect(map).toMatchObject({ step: "map", mapping: { Name: "name", SKU: "sku" } });
    const back = wizardReducer({ ...map, error: "Validation failed: offline" }, actions.back);
    expect(back).toMatchObject({ step: "upload", mapping: { Name: "name", SKU: "sku" }, error: null });
    expect(back.table).toBe(states.uploadParsed.table);
    const fromPreview = wizardReducer(states.preview, actions.back);
    expect(fromPreview).toMatchObject({ step: "map" });
    expect(fromPreview.validation).toBe(states.preview.validation);
    expect(canGoBack(states.mapValidating)).toBe(false);
  });

  it("Validate: one at a time; success opens the preview, a failure stays on the mapping with the error", () => {
    const started = wizardReducer({ ...states.map, error: "old" }, actions.validationStarted);
    expect(started).toMatchObject({ step: "map", validating: { label: "Checking rows", done: 0, total: 0 }, error: null });
    expect(wizardReducer(started, actions.validationStarted)).toBe(started);
    expect(wizardReducer(started, actions.validationProgressed).validating).toEqual({ label: "Matching Category", done: 1, total: 2 });
    const done = wizardReducer(started, actions.validated);
    expect(done).toMatchObject({ step: "preview", validating: null, validation: { validCount: 3 } });
    expect(wizardReducer(started, actions.validationFailed)).toMatchObject({ step: "map", validating: null, error: "Validation failed: offline" });
    expect(wizardReducer(started, actions.validationStopped)).toMatchObject({ step: "map", validating: null, error: null });
  });

  it("Import needs a valid row; the run step waits for its runner, takes its progress, and ends in the report", () => {
    expect(canImport(states.preview)).toBe(true);
    const noneValid = { ...states.preview, validation: validation(0, 3) };
    expect(canImport(noneValid)).toBe(false);
    expect(wizardReducer(noneValid, actions.runRequested)).toBe(noneValid);
    const starting = wizardReducer(states.preview, actions.runRequested);
    expect(starting).toMatchObject({ step: "run", progress: null, report: null });
    const started = wizardReducer(starting, actions.runStarted);
    expect(started).toMatchObject({ step: "run", progress: { status: "running", done: 0 }, runColumns: ["Name", "SKU"] });
    const going = wizardReducer(started, actions.runProgressed);
    expect(going.progress?.done).toBe(2);
    const ended = wizardReducer(going, actions.runEnded);
    expect(ended).toMatchObject({ step: "report", report, progress: { status: "done", done: 3 } });
    expect(wizardReducer(ended, actions.runProgressed)).toBe(ended);
  });

  it("a run that cannot start goes back to the preview with the error; one that stops midway stays", () => {
    expect(wizardReducer(states.runStarting, { type: "runFailed", message: "Could not start the import: quota" })).toMatchObject({
      step: "preview",
      error: "Could not start the import: quota",
    });
    expect(wizardReducer(states.run, actions.runFailed)).toMatchObject({ step: "run", error: "The import stopped: boom", progress: states.run.progress });
  });

  it("Resume import reopens an interrupted run from the upload step; one that is gone returns there with the error", () => {
    const resuming = wizardReducer(states.uploadParsed, actions.resumeRequested);
    expect(resuming).toMatchObject({ step: "run", file: null, table: null, validation: null, progress: null, resumable: [] });
    expect(wizardReducer(resuming, { type: "runFailed", message: "That import can no longer be resumed." })).toMatchObject({
      step: "upload",
      error: "That import can no longer be resumed.",
    });
    expect(wizardReducer(resuming, actions.runStarted).progress?.status).toBe("running");
  });

  it("Import another file starts over and still offers the interrupted run", () => {
    expect(wizardReducer(states.report, actions.restarted)).toEqual({ ...initialWizardState(), resumable: [interrupted] });
  });

  it("keeps the offer to resume in step with the store", () => {
    expect(wizardReducer(states.upload, actions.resumableDiscarded).resumable).toEqual([]);
    expect(wizardReducer(initialWizardState(), actions.resumableLoaded).resumable).toEqual([interrupted]);
  });
});
