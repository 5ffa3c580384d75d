// On the upload step: the newest interrupted import of this resource, to resume or discard.
import { useImportContext } from "./import-controller-context.tsx";
import { t } from "./messages.ts";

export function ResumeBanner() {
  const { step, resumable, canResume, resumeInterrupted, discardInterrupted } = useImportContext();
  const run = resumable[0];
  if (step !== "upload" || !run) return null;
  return (
    <div className="banner resume-banner" role="region" aria-label={t("resumeRegion")}>
      <p>
        {run.fileName ? t("resumeNamed", { fileName: run.fileName, total: run.total }) : t("resumeUnnamed", { total: run.total })}{" "}
        <button type="button" className="btn btn-primary btn-small" disabled={!canResume} onClick={() => resumeInterrupted(run)}>
          {t("resumeImport")}
        </button>{" "}
        <button type="button" className="btn btn-small" onClick={() => discardInterrupted(run)}>
          {t("discard")}
        </button>
      </p>
    </div>
  );
}
