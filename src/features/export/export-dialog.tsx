// The list's export dialog ("Export <label_plural>"): rows (all matching the current query, or
// the selected ones), format (CSV, JSON, XLSX), labels or raw values, columns (default: the
// list's visible columns; GDPR fields only when ticked in). Atrium writes every file itself
// (build-export.ts), so each choice holds whichever way the rows are fetched.
import { ModalDialog, ModalTitle } from "../../ui/modal-dialog.tsx";
import { TaskProgress } from "../../ui/task-progress.tsx";
import { ExportForm } from "./export-form.tsx";
import type { ExportDialogProps } from "./types.ts";
import { useExportController } from "./use-export-controller.ts";
import "../../ui/task-dialog.css";
import { t } from "./messages.ts";

export function ExportDialog(props: ExportDialogProps) {
  const ctl = useExportController(props);
  const { phase } = ctl;
  return (
    // Escape closes (cancels) even while running; a press on the backdrop only when idle
    <ModalDialog className="modal modal-wide" onCancel={ctl.close} isDismissable={phase.step !== "running"}>
      <ModalTitle>{ctl.title}</ModalTitle>
      {phase.step === "running" ? (
        <>
          <TaskProgress label={t("exportingRows")} done={phase.done} total={phase.total} detail={phase.detail} />
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={ctl.close}>
              {t("cancel")}
            </button>
          </div>
        </>
      ) : (
        <ExportForm ctl={ctl} />
      )}
    </ModalDialog>
  );
}
