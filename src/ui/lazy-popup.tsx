// Popups (menus, popover dialogs, modal dialogs) rendered only while open: the trigger is a plain
// <button> that is there at once. The popup's module is lazy (loaded when the page is idle, or at
// the first press, whichever comes first) unless it is given already loaded (`loadedModule`, for
// the row menu that a list's first screen carries). A list of 25 rows thus renders 25 buttons, not
// 25 menus.
//
// Keyboard (WAI-ARIA menu button): Enter/Space open (focus on the first item), ArrowDown opens on
// the first item, ArrowUp on the last; Escape or a press outside closes it and focus returns to
// the button (popover.tsx and menu.tsx do the popup's side).
import { useCallback, useRef, useState, type ButtonHTMLAttributes, type ReactNode, type RefObject } from "react";
import { usePreload, useLazyModule, type LazyModule } from "./lazy-module.ts";

export { lazyModule, loadedModule, type LazyModule } from "./lazy-module.ts";

export interface PopupState {
  /** The button: the popup is placed next to it, a press on it is not "outside", focus returns to it. */
  triggerRef: RefObject<HTMLButtonElement | null>;
  close(): void;
  /** Menus: the item to focus on opening. */
  focus: "first" | "last";
}

export interface PopupButtonProps<M> extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, "onClick" | "onKeyDown" | "type"> {
  module: LazyModule<M>;
  haspopup: "menu" | "dialog";
  renderPopup(module: M, state: PopupState): ReactNode;
  children: ReactNode;
}

/** A button that opens a lazily loaded popup (see the top of this file). */
export function PopupButton<M>({ module, haspopup, renderPopup, children, ...buttonProps }: PopupButtonProps<M>) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [focus, setFocus] = useState<"first" | "last">("first");
  const close = useCallback(() => setOpen(false), []);
  const loaded = useLazyModule(module, open);
  usePreload(module);
  const show = (f: "first" | "last") => {
    setFocus(f);
    setOpen(true);
  };
  return (
    <>
      <button
        {...buttonProps}
        ref={triggerRef}
        type="button"
        aria-haspopup={haspopup}
        aria-expanded={open}
        aria-busy={open && !loaded ? true : undefined}
        onClick={() => (open ? setOpen(false) : show("first"))}
        // a pointer on its way or keyboard focus: start loading the popup's code now
        onPointerEnter={() => void module.load().catch(() => undefined)}
        onFocus={() => void module.load().catch(() => undefined)}
        onKeyDown={(e) => {
          if (haspopup !== "menu" || (e.key !== "ArrowDown" && e.key !== "ArrowUp")) return;
          e.preventDefault();
          e.stopPropagation(); // not a move to the next row/item of an enclosing list
          show(e.key === "ArrowDown" ? "first" : "last");
        }}
      >
        {children}
      </button>
      {open && loaded
        ? renderPopup(loaded, { triggerRef, close, focus })
        : null}
    </>
  );
}

/** A modal dialog whose code loads lazily: rendered (and its module loaded) only while `open`; preloaded when the page is idle unless `preload` is false. */
export function LazyModal<M>({ module, open, render, preload = true }: { module: LazyModule<M>; open: boolean; render(module: M): ReactNode; preload?: boolean }) {
  const loaded = useLazyModule(module, open);
  usePreload(...(preload ? [module] : []));
  return open && loaded ? render(loaded) : null;
}
