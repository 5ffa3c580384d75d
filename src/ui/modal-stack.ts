// The open modal dialogs, innermost last. A modal <dialog> sits in the top layer and makes the rest
// of the page inert, so what must stay seen and usable while one is open (the toasts) renders into
// the topmost one (src/ui/toaster.tsx).

const open: HTMLDialogElement[] = [];
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((l) => l());

/** Records `dialog` as the topmost open modal; returns its removal. */
export function pushModal(dialog: HTMLDialogElement): () => void {
  open.push(dialog);
  changed();
  return () => {
    const i = open.lastIndexOf(dialog);
    if (i >= 0) open.splice(i, 1);
    changed();
  };
}

/** The topmost open modal dialog, or null. */
export const topModal = (): HTMLDialogElement | null => open.at(-1) ?? null;

export function subscribeModals(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
