// A modal dialog on the native <dialog>, shown with showModal(): the platform puts it in the top
// layer, makes the page behind inert and keeps Tab inside. This adds the rest of the WAI-ARIA
// APG modal dialog: the title names the dialog, focus moves
// to the element marked `data-autofocus` (else the first focusable one), Escape and a press on
// the backdrop call onCancel where the dialog allows it, focus returns to the opener on close,
// and the page behind does not scroll. While it is open, the toasts render inside it
// (modal-stack.ts): the page behind is inert and below it.
//
// The <dialog> is the box (`.modal`); its ::backdrop dims the page. Popups of controls inside must
// render inside the dialog (the rest of the page is inert: they stay in the DOM beside their
// control, the top layer lifts them), so the box does not clip and its body (`.modal-body`)
// scrolls instead. It is rendered into <body>: a dialog opened from inside a form is not a form
// inside a form.
import { createContext, useContext, useId, useLayoutEffect, useRef, type KeyboardEvent, type PointerEvent, type ReactNode, type MouseEvent } from "react";
import { createPortal } from "react-dom";
import { lockPageScroll } from "./page-scroll-lock.ts";
import { pushModal } from "./modal-stack.ts";

export interface ModalDialogProps {
  /** Classes of the box (default "modal"): "modal modal-wide", "modal drawer", … */
  className?: string;
  /** Classes of the box's content (default "dialog"). */
  contentClassName?: string;
  /** Escape calls it; without it nothing but the dialog's own buttons closes it. */
  onCancel?: () => void;
  /** A press on the backdrop calls onCancel too. */
  isDismissable?: boolean;
  children: ReactNode;
}

const TitleId = createContext<string | undefined>(undefined);

/** The dialog's title: names the dialog (aria-labelledby). */
export function ModalTitle({ children }: { children: ReactNode }) {
  return <h2 id={useContext(TitleId)}>{children}</h2>;
}

/** Open while mounted: render it conditionally. */
export function ModalDialog({ className = "modal", contentClassName = "dialog", onCancel, isDismissable = false, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const pressStartedOnBackdrop = useRef(false);
  const titleId = useId();
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement;
    if (!dialog.open) dialog.showModal();
    initialFocus(dialog).focus();
    const unlockScroll = lockPageScroll();
    const unlist = pushModal(dialog);
    return () => {
      unlist();
      unlockScroll();
      if (dialog.open) dialog.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== "Escape" || e.defaultPrevented || e.nativeEvent.isComposing) return;
    // an open popup inside (a native popover) takes this Escape for itself
    if (ref.current && hasOpenPopover(ref.current)) return;
    // no native cancel/close: React decides whether the dialog stays (it unmounts to close)
    e.preventDefault();
    onCancel?.();
  };
  const onPointerDown = (e: PointerEvent<HTMLDialogElement>) => {
    pressStartedOnBackdrop.current = onBackdrop(e);
  };
  const onClick = (e: MouseEvent<HTMLDialogElement>) => {
    // a press that starts and ends on the backdrop (not a text selection dragged out of the box)
    if (isDismissable && pressStartedOnBackdrop.current && onBackdrop(e)) onCancel?.();
    pressStartedOnBackdrop.current = false;
  };

  return createPortal(
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onClick={onClick}
      // The platform's other close requests (e.g. a back gesture): the same as Escape.
      onCancel={(e) => {
        e.preventDefault();
        onCancel?.();
      }}
      // Closed by the browser all the same (a close request it does not let us refuse): while
      // mounted the dialog is open, so show it again.
      onClose={(e) => {
        if (e.currentTarget.isConnected && !e.currentTarget.open) e.currentTarget.showModal();
      }}
    >
      <div className="modal-body">
        <div className={contentClassName}>
          <TitleId.Provider value={titleId}>{children}</TitleId.Provider>
        </div>
      </div>
    </dialog>,
    document.body,
  );
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The element marked `data-autofocus`, else the first focusable one, else the dialog itself. */
function initialFocus(dialog: HTMLDialogElement): HTMLElement {
  return dialog.querySelector<HTMLElement>("[data-autofocus]") ?? dialog.querySelector<HTMLElement>(FOCUSABLE) ?? dialog;
}

/** A press on the ::backdrop: its target is the <dialog>, but outside the dialog's box. */
function onBackdrop(e: MouseEvent<HTMLDialogElement>): boolean {
  if (e.target !== e.currentTarget) return false;
  const box = e.currentTarget.getBoundingClientRect();
  return e.clientX < box.left || e.clientX > box.right || e.clientY < box.top || e.clientY > box.bottom;
}

function hasOpenPopover(dialog: HTMLDialogElement): boolean {
  try {
    return dialog.querySelector(":popover-open") !== null;
  } catch {
    return false; // an engine without the popover API (jsdom) has no open popover either
  }
}
