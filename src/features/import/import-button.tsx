// The list's `Import` button: opens the import wizard (its own lazy chunk) in a dialog. The same
// wizard is the /r/:resource/import page.
import { lazy, Suspense, useState } from "react";
import { Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import { canCreate } from "../../protocol/permissions.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { LoadingScreen } from "../../ui/loading-screen.tsx";
import "./import.css";

const ImportWizard = lazy(() => import("./import-wizard.tsx").then((m) => ({ default: m.ImportWizard })));

export interface ImportButtonProps {
  resource: ResourceSchema;
}

export function ImportButton({ resource }: ImportButtonProps) {
  const [open, setOpen] = useState(false);
  if (!canCreate(resource)) return null;
  const title = `Import ${resource.label_plural}`;
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        Import
      </button>
      <ModalOverlay className="modal-overlay" isOpen={open} isDismissable={false} isKeyboardDismissDisabled onOpenChange={setOpen}>
        <Modal className="modal modal-import">
          <Dialog className="dialog" aria-label={title}>
            <Heading slot="title">{title}</Heading>
            <Suspense fallback={<LoadingScreen />}>{open && <ImportWizard resource={resource} onClose={() => setOpen(false)} />}</Suspense>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </>
  );
}
