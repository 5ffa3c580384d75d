// The import wizard (its own lazy chunk) in a dialog, opened by the list's `Import` button. The
// same wizard is the /r/:resource/import page.
import { lazy, Suspense } from "react";
import { Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import type { ResourceSchema } from "../../protocol/types.ts";
import { LoadingScreen } from "../../ui/loading-screen.tsx";
import { t } from "./messages.ts";
import "./import.css";

const ImportWizard = lazy(() => import("./import-wizard.tsx").then((m) => ({ default: m.ImportWizard })));

/** The import wizard in a modal dialog (closed only by the wizard, never by a stray Escape). */
export function ImportDialog({ resource, onClose }: { resource: ResourceSchema; onClose(): void }) {
  const title = t("title", { labelPlural: resource.label_plural });
  return (
    <ModalOverlay className="modal-overlay" isOpen isDismissable={false} isKeyboardDismissDisabled onOpenChange={(o) => !o && onClose()}>
      <Modal className="modal modal-import">
        <Dialog className="dialog" aria-label={title}>
          <Heading slot="title">{title}</Heading>
          <Suspense fallback={<LoadingScreen />}>
            <ImportWizard resource={resource} onClose={onClose} />
          </Suspense>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
