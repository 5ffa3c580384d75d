// The import wizard's controller (headless, as ra-core's controllers): the state machine of
// wizard-reducer.ts wired to the file parse (a worker), validation, the run and its store.
// Returns one typed result (ImportController); ImportControllerContext carries it to the steps.
import { useMemo, useReducer } from "react";
import { downloadBlob } from "../../lib/download-blob.ts";
import { mappingProblems } from "./core/mapping-problems.ts";
import { defaultRunStore } from "./default-run-store.ts";
import type { ImportController, ImportControllerProps } from "./types.ts";
import { useFileParse } from "./use-file-parse.ts";
import { useImportRun } from "./use-import-run.ts";
import { useInterruptedRuns } from "./use-interrupted-runs.ts";
import { useRowValidation } from "./use-row-validation.ts";
import { canGoBack, canGoNext, canImport, canResume, initialWizardState, wizardReducer } from "./wizard-reducer.ts";
import { failedRowsFile, mappedFields, reportTotals, rowsToImport, runFigures } from "./wizard-selectors.ts";

export function useImportController({ resource, store: storeProp, concurrency, onClose, parseInPage }: ImportControllerProps): ImportController {
  const [state, dispatch] = useReducer(wizardReducer, undefined, initialWizardState);
  const store = useMemo(() => storeProp ?? defaultRunStore(), [storeProp]);
  const parse = useFileParse({ resource, parseInPage, dispatch });
  const validate = useRowValidation({ resource, dispatch });
  const run = useImportRun({ resource, store, concurrency, dispatch });
  useInterruptedRuns({ store, resourceName: resource.name, dispatch });
  const { table, mapping, file } = state;
  const problems = useMemo(() => (table ? mappingProblems(mapping, resource) : []), [table, mapping, resource]);
  const canValidate = state.step === "map" && state.validating === null && problems.length === 0;

  return {
    ...state,
    resource,
    problems,
    canGoNext: canGoNext(state),
    canGoBack: canGoBack(state),
    canValidate,
    canResume: canResume(state),
    canImport: canImport(state),
    paused: state.progress?.status === "paused",
    totals: reportTotals(state),
    figures: runFigures(state),
    chooseFile: (f) => void parse(f, {}),
    setOverrides: (overrides) => {
      if (file) void parse(file, overrides);
    },
    next: () => dispatch({ type: "next" }),
    back: () => dispatch({ type: "back" }),
    setMapping: (m) => dispatch({ type: "mappingChanged", mapping: m }),
    setSelectMaps: (selectMaps) => dispatch({ type: "selectMapsChanged", selectMaps }),
    setRelationMatch: (relationMatch) => dispatch({ type: "relationMatchChanged", relationMatch }),
    validate: () => {
      if (table && canValidate) void validate({ table, mapping, selectMaps: state.selectMaps, relationMatch: state.relationMatch });
    },
    startImport: () => {
      if (!table || !canImport(state)) return;
      void run.start({ rows: rowsToImport(state), fileName: file?.name ?? table.meta.fileName, columns: table.columns }, mappedFields(mapping));
    },
    pauseRun: () => void run.pause(),
    resumeRun: run.resume,
    cancelRun: run.cancel,
    resumeInterrupted: (summary) => {
      if (canResume(state)) void run.resumeStored(summary);
    },
    discardInterrupted: (summary) => void run.discardStored(summary),
    importAnother: () => {
      run.forget();
      dispatch({ type: "restarted" });
    },
    downloadFailed: () => {
      const { csv, fileName } = failedRowsFile(state, resource.name);
      downloadBlob(new Blob([csv], { type: "text/csv;charset=utf-8" }), fileName);
    },
    close: onClose,
  };
}
