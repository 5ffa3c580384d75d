// A popup of a control inside a modal <dialog> must render inside that dialog: showModal() makes
// the rest of the page inert, so a popup portalled to <body> would show but not take a press.
// For popup libraries that portal (react-aria's Popover: UNSTABLE_portalContainer).
import { useCallback, useState } from "react";

/** A ref for the control's element, and the modal <dialog> around it (undefined outside one). */
export function useEnclosingDialog<E extends Element>(): [(element: E | null) => void, HTMLDialogElement | undefined] {
  const [dialog, setDialog] = useState<HTMLDialogElement | undefined>(undefined);
  const ref = useCallback((element: E | null) => setDialog(element?.closest("dialog") ?? undefined), []);
  return [ref, dialog];
}
