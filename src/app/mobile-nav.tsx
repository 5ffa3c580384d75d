import { useEffect, useState } from "react";
import { useLocation } from "react-router";
import type { AdminSchema } from "../protocol/types.ts";
import { MenuIcon } from "../ui/icons.tsx";
import { lazyModule, LazyModal } from "../ui/lazy-popup.tsx";
import { t } from "./messages.ts";

const drawer = lazyModule(() => import("./mobile-nav-drawer.tsx"));

/**
 * Below 768 px the sidebar is hidden and this `Menu` button opens the same navigation in a
 * modal drawer (focus trapped, Escape or a click outside closes it, navigation closes it); the
 * drawer's code loads after the first screen.
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
        <MenuIcon /> <span className="menu-button-text">{t("menu")}</span>
      </button>
      <LazyModal module={drawer} open={open} render={(m) => <m.MobileNavDrawer schema={schema} onClose={() => setOpen(false)} />} />
    </>
  );
}
