// The navigation drawer of small screens (a modal dialog at the start edge; loaded after the first screen).
import { ModalDialog, ModalTitle } from "../ui/modal-dialog.tsx";
import type { AdminSchema } from "../protocol/types.ts";
import { MainNav } from "./main-nav.tsx";
import { CloseIcon } from "../ui/icons.tsx";
import { t } from "./messages.ts";

export function MobileNavDrawer({ schema, onClose }: { schema: Pick<AdminSchema, "navigation" | "resources">; onClose(): void }) {
  return (
    <ModalDialog className="modal drawer" onCancel={onClose} isDismissable>
      <div className="drawer-head">
        <ModalTitle>{t("menu")}</ModalTitle>
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          <CloseIcon /> {t("closeMenu")}
        </button>
      </div>
      <MainNav schema={schema} />
    </ModalDialog>
  );
}
