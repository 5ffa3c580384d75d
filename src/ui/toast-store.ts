// A tiny toast store: push a message from anywhere (hooks, handlers), <Toaster> renders it in an
// aria-live region. No React here so non-component code can raise toasts.
//
// A toast is about the page it was raised on: when the user moves to another page (the router
// reports each new pathname through `setToastPage`), the toasts of the page they left go, so a
// stale "Could not delete" from page A never shows on page B. A toast raised just before the app
// navigates on purpose ("Book saved." then the book's page) says `nextPage`: it belongs to the
// page the app moves to, and stays there until that page is left in turn.

export type ToastTone = "info" | "success" | "error";

export interface Toast {
  id: number;
  message: string;
  tone: ToastTone;
  /** The pathname the toast is about; null while it waits for the page the app is moving to. */
  page: string | null;
}

export interface ToastOptions {
  tone?: ToastTone;
  /** Milliseconds before it disappears; 0 keeps it until dismissed. Default 5000 (errors 8000). */
  duration?: number;
  /** Raised right before a navigation: the toast is about the page navigated to, not this one. */
  nextPage?: boolean;
}

type Listener = () => void;

let toasts: readonly Toast[] = [];
let currentPage: string | null = null;
let nextId = 1;
const listeners = new Set<Listener>();
const timers = new Map<number, ReturnType<typeof setTimeout>>();

function emit(): void {
  for (const l of listeners) l();
}

function stopTimer(id: number): void {
  const t = timers.get(id);
  if (t) clearTimeout(t);
  timers.delete(id);
}

export function showToast(message: string, options: ToastOptions = {}): number {
  const tone = options.tone ?? "info";
  const id = nextId++;
  const page = options.nextPage ? null : currentPage;
  toasts = [...toasts, { id, message, tone, page }].slice(-5);
  emit();
  const duration = options.duration ?? (tone === "error" ? 8000 : 5000);
  if (duration > 0) timers.set(id, setTimeout(() => dismissToast(id), duration));
  return id;
}

/**
 * The user is now on `page` (a pathname; a changed query string is the same page). Toasts about
 * another page go; toasts waiting for the next page are about this one from now on.
 */
export function setToastPage(page: string): void {
  if (page === currentPage) return;
  currentPage = page;
  // (before the first page is known, every toast waits for it: its page is null)
  const stays = (t: Toast) => t.page === null || t.page === page;
  for (const t of toasts) if (!stays(t)) stopTimer(t.id);
  toasts = toasts.filter(stays).map((t) => (t.page === page ? t : { ...t, page }));
  emit();
}

export function dismissToast(id: number): void {
  stopTimer(id);
  if (!toasts.some((x) => x.id === id)) return;
  toasts = toasts.filter((x) => x.id !== id);
  emit();
}

export function clearToasts(): void {
  for (const t of timers.values()) clearTimeout(t);
  timers.clear();
  toasts = [];
  currentPage = null;
  emit();
}

export function getToasts(): readonly Toast[] {
  return toasts;
}

export function subscribeToasts(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
