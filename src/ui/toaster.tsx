import { useSyncExternalStore } from "react";
import { t } from "./messages.ts";
import { dismissToast, getToasts, subscribeToasts } from "./toast-store.ts";

/**
 * Renders the toast store inside one polite live region (`role="status"`, named
 * "Notifications"), which is always mounted so screen readers announce additions.
 */
export function Toaster() {
  const toasts = useSyncExternalStore(subscribeToasts, getToasts, getToasts);
  return (
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
}
