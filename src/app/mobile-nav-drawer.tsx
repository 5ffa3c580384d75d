// The navigation drawer of small screens (react-aria modal; loaded after the first screen).
import { Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import type { AdminSchema } from "../protocol/types.ts";
import { MainNav } from "./main-nav.tsx";
import { CloseIcon } from "../ui/icons.tsx";
import { t } from "./messages.ts";

export function MobileNavDrawer({ schema, onClose }: { schema: Pick<AdminSchema, "navigation" | "resources">; onClose(): void }) {
  return (
    <ModalOverlay className="modal-overlay drawer-overlay" isOpen onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className="modal drawer">
        <Dialog className="dialog" aria-labelledby="drawer-title">
          <div className="drawer-head">
            <Heading slot="title" id="drawer-title">
              {t("menu")}
            </Heading>
            <button type="button" className="btn btn-ghost" onClick={onClose}>
              <CloseIcon /> {t("closeMenu")}
            </button>
          </div>
          <MainNav schema={schema} />
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
