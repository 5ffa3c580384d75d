// The import wizard's state machine, as a pure reducer. An action that does not apply to the
// current step (a late parse result, Back while rows are checked, progress after the run ended)
// returns the state unchanged, so the hook can dispatch whatever its async work reports.
//
//   upload ──next──▶ map ──validated──▶ preview ──runRequested──▶ run ──runEnded──▶ report
//     ▲  ◀───back───   ◀──────back──────                          ▲                  │
//     └──resumeRequested (an interrupted run) ────────────────────┘                  │
//     ◀───────────────────────────────── restarted ("Import another file") ──────────┘
//
// A run that cannot start goes back to where it was asked for (preview, or upload for a
// resumed run) with the error; one that stops midway stays on the run step with it.
import type { WizardAction, WizardState } from "./types.ts";
import { t } from "./messages.ts";

export function initialWizardState(): WizardState {
  return {
    step: "upload",
    file: null,
    overrides: {},
    parsing: null,
    table: null,
    mapping: {},
    selectMaps: {},
    relationMatch: {},
    validating: null,
    validation: null,
    progress: null,
    report: null,
    runColumns: [],
    resumable: [],
    error: null,
  };
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case "resumableLoaded":
      return { ...state, resumable: action.runs };
    case "resumableDiscarded":
      return { ...state, resumable: state.resumable.filter((r) => r.runId !== action.runId) };
    case "parseStarted":
    case "parseProgressed":
    case "parsed":
    case "parseFailed":
      return state.step === "upload" ? parseReducer(state, action) : state;
    case "next":
      return canGoNext(state) ? { ...state, step: "map" } : state;
    case "back":
      if (!canGoBack(state)) return state;
      return { ...state, step: state.step === "preview" ? "map" : "upload", error: null };
    case "mappingChanged":
      return state.step === "map" ? { ...state, mapping: action.mapping } : state;
    case "selectMapsChanged":
      return state.step === "map" ? { ...state, selectMaps: action.selectMaps } : state;
    case "relationMatchChanged":
      return state.step === "map" ? { ...state, relationMatch: action.relationMatch } : state;
    case "validationStarted":
    case "validationProgressed":
    case "validated":
    case "validationFailed":
    case "validationStopped":
      return validationReducer(state, action);
    case "runRequested":
    case "resumeRequested":
    case "runStarted":
    case "runProgressed":
    case "runEnded":
    case "runFailed":
      return runReducer(state, action);
    case "restarted":
      return state.step === "report" ? { ...initialWizardState(), resumable: state.resumable } : state;
  }
}

type ActionOf<T extends WizardAction["type"]> = Extract<WizardAction, { type: T }>;

/** Reading the file (upload step only). A new file or new overrides start over; results of an older read are dropped by the hook. */
function parseReducer(state: WizardState, action: ActionOf<"parseStarted" | "parseProgressed" | "parsed" | "parseFailed">): WizardState {
  switch (action.type) {
    case "parseStarted":
      return { ...state, file: action.file, overrides: action.overrides, parsing: "started", error: null };
    case "parseProgressed":
      return state.parsing === null ? state : { ...state, parsing: action.progress };
    case "parsed":
      if (state.parsing === null) return state;
      return {
        ...state,
        parsing: null,
        table: action.table,
        mapping: action.mapping,
        selectMaps: {},
        validation: null,
        error: action.table.rows.length === 0 ? t("noDataRows") : null,
      };
    case "parseFailed":
      return state.parsing === null ? state : { ...state, parsing: null, table: null, error: action.message };
  }
}

/** Validate: on the mapping step, one at a time; success moves to the preview. */
function validationReducer(state: WizardState, action: ActionOf<"validationStarted" | "validationProgressed" | "validated" | "validationFailed" | "validationStopped">): WizardState {
  if (action.type === "validationStarted") {
    return state.step === "map" && state.validating === null && state.table !== null ? { ...state, validating: { label: t("checkingRows"), done: 0, total: 0 }, error: null } : state;
  }
  if (state.step !== "map" || state.validating === null) return state;
  switch (action.type) {
    case "validationProgressed":
      return { ...state, validating: action.task };
    case "validated":
      return { ...state, validating: null, validation: action.result, step: "preview" };
    case "validationFailed":
      return { ...state, validating: null, error: action.message };
    case "validationStopped":
      return { ...state, validating: null };
  }
}

function runReducer(state: WizardState, action: ActionOf<"runRequested" | "resumeRequested" | "runStarted" | "runProgressed" | "runEnded" | "runFailed">): WizardState {
  switch (action.type) {
    case "runRequested":
      return canImport(state) ? { ...state, step: "run", progress: null, report: null, error: null } : state;
    case "resumeRequested":
      if (!canResume(state)) return state;
      return { ...state, step: "run", file: null, table: null, validation: null, progress: null, report: null, resumable: [], error: null };
    case "runStarted":
      return state.step === "run" && state.progress === null ? { ...state, progress: action.progress, runColumns: action.columns } : state;
    case "runProgressed":
      return state.step === "run" && state.progress !== null ? { ...state, progress: action.progress } : state;
    case "runEnded":
      return state.step === "run" && state.progress !== null ? { ...state, step: "report", progress: action.progress, report: action.report } : state;
    case "runFailed":
      if (state.step !== "run") return state;
      if (state.progress !== null) return { ...state, error: action.message };
      return { ...state, step: state.validation ? "preview" : "upload", error: action.message };
  }
}

// ------------------------------------------------------------------ guards (also the buttons' enabled state)

export function canGoNext(state: WizardState): boolean {
  return state.step === "upload" && state.parsing === null && state.table !== null && state.table.rows.length > 0;
}

export function canGoBack(state: WizardState): boolean {
  return (state.step === "map" && state.validating === null) || state.step === "preview";
}

export function canResume(state: WizardState): boolean {
  return state.step === "upload" && state.parsing === null;
}

export function canImport(state: WizardState): boolean {
  return state.step === "preview" && state.validation !== null && state.validation.validCount > 0;
}
