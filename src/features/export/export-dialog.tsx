// The list's export dialog ("Export <label_plural>"): rows (all matching the current query, or
// the selected ones), format (CSV, JSON, XLSX), labels or raw values, columns (default: the
// list's visible columns; GDPR fields only when ticked in). Atrium writes every file itself
// (build-export.ts), so each choice holds whichever way the rows are fetched.
import { Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
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
    <ModalOverlay className="modal-overlay" isOpen isDismissable={phase.step !== "running"} onOpenChange={(o) => !o && ctl.close()}>
      <Modal className="modal modal-wide">
        <Dialog className="dialog" aria-label={ctl.title}>
          <Heading slot="title">{ctl.title}</Heading>
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
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
