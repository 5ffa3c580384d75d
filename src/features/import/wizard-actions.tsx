// The wizard's buttons for the current step: Cancel / Back / Next, Validate or Import before the
// run; Pause or Resume and Cancel during it; Import another file and Done after it.
import { useImportContext } from "./import-controller-context.tsx";
import { t } from "./messages.ts";

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
        {t("cancel")}
      </button>
      {step !== "upload" && (
        <button type="button" className="btn" onClick={back} disabled={!canGoBack}>
          {t("back")}
        </button>
      )}
      {step === "upload" && (
        <button type="button" className="btn btn-primary" disabled={!canGoNext} onClick={next}>
          {t("next")}
        </button>
      )}
      {step === "map" && (
        <button type="button" className="btn btn-primary" disabled={!canValidate} onClick={validate}>
          {t("validate")}
        </button>
      )}
      {step === "preview" && (
        <button type="button" className="btn btn-primary" disabled={!canImport} onClick={startImport}>
          {t("runImport")}
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
          {t("resume")}
        </button>
      ) : (
        <button type="button" className="btn" onClick={pauseRun}>
          {t("pause")}
        </button>
      )}
      <button type="button" className="btn" onClick={cancelRun}>
        {t("cancel")}
      </button>
    </>
  );
}

function ReportActions() {
  const { importAnother, close } = useImportContext();
  return (
    <>
      <button type="button" className="btn" onClick={importAnother}>
        {t("importAnother")}
      </button>
      <button type="button" className="btn btn-primary" onClick={close}>
        {t("done")}
      </button>
    </>
  );
}
