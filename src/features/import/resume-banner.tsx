// On the upload step: the newest interrupted import of this resource, to resume or discard.
import { useImportContext } from "./import-controller-context.tsx";

export function ResumeBanner() {
  const { step, resumable, canResume, resumeInterrupted, discardInterrupted } = useImportContext();
  const run = resumable[0];
  if (step !== "upload" || !run) return null;
  return (
    <div className="banner resume-banner" role="region" aria-label="Interrupted import">
      <p>
        An import of {run.fileName ? `“${run.fileName}”` : "a file"} ({run.total.toLocaleString()} rows) was interrupted.{" "}
        <button type="button" className="btn btn-primary btn-small" disabled={!canResume} onClick={() => resumeInterrupted(run)}>
          Resume import
        </button>{" "}
        <button type="button" className="btn btn-small" onClick={() => discardInterrupted(run)}>
          Discard
        </button>
      </p>
    </div>
  );
}
