// The import wizard: Upload → Map columns → Validate / preview → Import → Report. Loaded lazily
// (by the /r/:resource/import page and the list's Import dialog). Its logic is the controller
// (use-import-controller.ts): parsing in a Web Worker, validation in chunks that yield to the
// page, the creates in an ImportRunner whose state is kept in IndexedDB, so a run interrupted
// by a reload can be resumed without duplicates. The views here read the controller from
// context.
import { TaskProgress } from "../../ui/task-progress.tsx";
import { ImportControllerContext, useImportContext } from "./import-controller-context.tsx";
import { MapStep } from "./map-step.tsx";
import { PreviewStep } from "./preview-step.tsx";
import { ResumeBanner } from "./resume-banner.tsx";
import { ReportView, RunProgressView } from "./run-step.tsx";
import type { ImportControllerProps, ImportStep } from "./types.ts";
import { UploadStep } from "./upload-step.tsx";
import { useImportController } from "./use-import-controller.ts";
import { t } from "./messages.ts";
import { WizardActions } from "./wizard-actions.tsx";
import "../../ui/task-dialog.css";
import "./import.css";

const STEPS: [ImportStep, () => string][] = [
  ["upload", () => t("stepUpload")],
  ["map", () => t("stepMap")],
  ["preview", () => t("stepValidate")],
  ["run", () => t("stepImport")],
  ["report", () => t("stepReport")],
];

export function ImportWizard(props: ImportControllerProps) {
  const controller = useImportController(props);
  return (
    <ImportControllerContext.Provider value={controller}>
      <div className="import-wizard">
        <WizardSteps />
        <ResumeBanner />
        <CurrentStep />
        <WizardStatus />
        <WizardActions />
      </div>
    </ImportControllerContext.Provider>
  );
}

function WizardSteps() {
  const { step } = useImportContext();
  const current = STEPS.findIndex(([s]) => s === step);
  return (
    <ol className="wizard-steps" aria-label={t("steps")}>
      {STEPS.map(([s, label], i) => (
        <li key={s} aria-current={s === step ? "step" : undefined} data-done={i < current || undefined}>
          <span className="wizard-step-number">{i + 1}</span> {label()}
        </li>
      ))}
    </ol>
  );
}

function CurrentStep() {
  const { step } = useImportContext();
  switch (step) {
    case "upload":
      return <UploadStep />;
    case "map":
      return <MapStep />;
    case "preview":
      return <PreviewStep />;
    case "run":
    case "report":
      return (
        <>
          <RunProgressView />
          <ReportView />
        </>
      );
  }
}

/** Validation's progress, and errors of the steps after the upload (which shows its own). */
function WizardStatus() {
  const { step, validating, error } = useImportContext();
  return (
    <>
      {validating && <TaskProgress label={validating.label} done={validating.done} total={validating.total || null} />}
      {error && step !== "upload" && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
    </>
  );
}
