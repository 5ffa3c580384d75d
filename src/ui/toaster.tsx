import { useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import { t } from "./messages.ts";
import { subscribeModals, topModal } from "./modal-stack.ts";
import { dismissToast, getToasts, subscribeToasts } from "./toast-store.ts";

/**
 * Renders the toast store inside one polite live region (`role="status"`, named
 * "Notifications"), which is always mounted so screen readers announce additions. While a modal
 * dialog is open the region is inside it: outside, it would be under the dialog and inert.
 */
export function Toaster() {
  const toasts = useSyncExternalStore(subscribeToasts, getToasts, getToasts);
  const modal = useSyncExternalStore(subscribeModals, topModal, () => null);
  const region = (
    <div className="toaster" role="status" aria-live="polite" aria-label={t("notifications")}>
      {toasts.map((toast) => (
        <div key={toast.id} className="toast" data-tone={toast.tone}>
          <p>{toast.message}</p>
          <button
            type="button"
            className="btn btn-ghost"
            aria-label={t("dismissNotification")}
            onClick={() => dismissToast(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
  return modal ? createPortal(region, modal) : region;
}
