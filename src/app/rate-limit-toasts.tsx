import { useEffect } from "react";
import type { Backend } from "../backend/types.ts";
import { showToast } from "../ui/toast-store.ts";
import { t } from "./messages.ts";

/**
 * Tells the user when the backend rate-limits us and the client waits before sending a request
 * again (a read, or a save made conditional by If-Match). A request that will not be repeated
 * gets no notice here: its caller says when to try again.
 */
export function RateLimitToasts({ backend }: { backend: Pick<Backend, "onRateLimited"> }) {
  useEffect(() => {
    if (!backend.onRateLimited) return;
    let lastShown = 0;
    return backend.onRateLimited((notice) => {
      if (!notice.willRetry) return;
      const now = Date.now();
      if (now - lastShown < 5000) return; // one toast per burst
      lastShown = now;
      const secs = Math.max(1, Math.round(notice.waitMs / 1000));
      showToast(t("serverBusy", { seconds: secs }), { tone: "info" });
    });
  }, [backend]);
  return null;
}
