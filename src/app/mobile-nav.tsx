import { useEffect, useState } from "react";
import { useLocation } from "react-router";
import { Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import type { AdminSchema } from "../protocol/types.ts";
import { MainNav } from "./main-nav.tsx";
import { CloseIcon, MenuIcon } from "../ui/icons.tsx";

/**
 * Below 768 px the sidebar is hidden and this `Menu` button opens the same navigation in a
 * modal drawer (focus trapped, Escape or a click outside closes it, navigation closes it).
 */
export function MobileNav({ schema }: { schema: Pick<AdminSchema, "navigation" | "resources"> }) {
  const [open, setOpen] = useState(false);
  const location = useLocation();
  const [lastPath, setLastPath] = useState(location.pathname);
  if (lastPath !== location.pathname) {
    setLastPath(location.pathname);
    if (open) setOpen(false);
  }
  useEffect(() => {
    if (!open) return;
    const mq = window.matchMedia?.("(min-width: 768px)");
    if (!mq) return;
    const close = () => mq.matches && setOpen(false);
    mq.addEventListener?.("change", close);
    return () => mq.removeEventListener?.("change", close);
  }, [open]);

  return (
    <>
      <button
        type="button"
        className="btn btn-ghost menu-button"
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <MenuIcon /> Menu
      </button>
      <ModalOverlay className="modal-overlay drawer-overlay" isOpen={open} onOpenChange={setOpen} isDismissable>
        <Modal className="modal drawer">
          <Dialog className="dialog" aria-labelledby="drawer-title">
            <div className="drawer-head">
              <Heading slot="title" id="drawer-title">
                Menu
              </Heading>
              <button type="button" className="btn btn-ghost" onClick={() => setOpen(false)}>
                <CloseIcon /> Close menu
              </button>
            </div>
            <MainNav schema={schema} />
          </Dialog>
        </Modal>
      </ModalOverlay>
    </>
  );
}
