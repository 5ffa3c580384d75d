// The wizard's buttons for the current step: Cancel / Back / Next, Validate or Import before the
// run; Pause or Resume and Cancel during it; Import another file and Done after it.
import { useImportContext } from "./import-controller-context.tsx";

export function WizardActions() {
  const { step } = useImportContext();
  return (
    <div className="wizard-actions">
      {step === "run" ? <RunActions /> : step === "report" ? <ReportActions /> : <StepActions />}
    </div>
  );
}

function StepActions() {
  const { step, close, back, canGoBack, next, canGoNext, validate, canValidate, startImport, canImport } = useImportContext();
  return (
    <>
      <button type="button" className="btn" onClick={close}>
        Cancel
      </button>
      {step !== "upload" && (
        <button type="button" className="btn" onClick={back} disabled={!canGoBack}>
          Back
        </button>
      )}
      {step === "upload" && (
        <button type="button" className="btn btn-primary" disabled={!canGoNext} onClick={next}>
          Next
        </button>
      )}
      {step === "map" && (
        <button type="button" className="btn btn-primary" disabled={!canValidate} onClick={validate}>
          Validate
        </button>
      )}
      {step === "preview" && (
        <button type="button" className="btn btn-primary" disabled={!canImport} onClick={startImport}>
          Import
        </button>
      )}
    </>
  );
}

function RunActions() {
  const { paused, pauseRun, resumeRun, cancelRun } = useImportContext();
  return (
    <>
      {paused ? (
        <button type="button" className="btn btn-primary" onClick={resumeRun}>
          Resume
        </button>
      ) : (
        <button type="button" className="btn" onClick={pauseRun}>
          Pause
        </button>
      )}
      <button type="button" className="btn" onClick={cancelRun}>
        Cancel
      </button>
    </>
  );
}

function ReportActions() {
  const { importAnother, close } = useImportContext();
  return (
    <>
      <button type="button" className="btn" onClick={importAnother}>
        Import another file
      </button>
      <button type="button" className="btn btn-primary" onClick={close}>
        Done
      </button>
    </>
  );
}
