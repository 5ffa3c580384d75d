// The import wizard (its own lazy chunk) in a dialog, opened by the list's `Import` button. The
// same wizard is the /r/:resource/import page.
import { lazy, Suspense } from "react";
import { ModalDialog, ModalTitle } from "../../ui/modal-dialog.tsx";
import type { ResourceSchema } from "../../protocol/types.ts";
import { LoadingScreen } from "../../ui/loading-screen.tsx";
import { t } from "./messages.ts";
import "./import.css";

const ImportWizard = lazy(() => import("./import-wizard.tsx").then((m) => ({ default: m.ImportWizard })));

/** The import wizard in a modal dialog (closed only by the wizard, never by a stray Escape). */
export function ImportDialog({ resource, onClose }: { resource: ResourceSchema; onClose(): void }) {
  const title = t("title", { labelPlural: resource.label_plural });
  return (
    <ModalDialog className="modal modal-import">
      <ModalTitle>{title}</ModalTitle>
      <Suspense fallback={<LoadingScreen />}>
        <ImportWizard resource={resource} onClose={onClose} />
      </Suspense>
    </ModalDialog>
  );
}
