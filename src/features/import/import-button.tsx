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
  return (
    <>
      <button type="button" className="btn" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Import
      </button>
      {open && <ImportDialog resource={resource} onClose={() => setOpen(false)} />}
    </>
  );
}

/** The import wizard in a modal dialog (closed only by the wizard, never by a stray Escape). */
export function ImportDialog({ resource, onClose }: ImportButtonProps & { onClose(): void }) {
  const title = `Import ${resource.label_plural}`;
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
