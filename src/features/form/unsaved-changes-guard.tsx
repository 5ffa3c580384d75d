// Asks before leaving a form with unsaved changes: in-app navigation and the back button
// (the app history's blocker) and closing or reloading the tab (beforeunload).
import { useEffect, useRef } from "react";
import { useNavigationBlocker } from "../../ui/navigation-blocker.ts";
import { ConfirmDialog } from "./confirm-dialog.tsx";
import { t } from "./messages.ts";

/** Navigation state that passes the guard (e.g. after deleting the record being edited). */
export const SKIP_UNSAVED_GUARD = { skipUnsavedGuard: true } as const;

function skipsGuard(state: unknown): boolean {
  return typeof state === "object" && state !== null && (state as { skipUnsavedGuard?: unknown }).skipUnsavedGuard === true;
}

export function UnsavedChangesGuard({ when }: { when: boolean }) {
  const whenRef = useRef(when);
  whenRef.current = when;
  const blocker = useNavigationBlocker(({ current, next }) => whenRef.current && current.pathname !== next.pathname && !skipsGuard(next.state));

  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [when]);

  useEffect(() => {
    if (blocker.state === "blocked" && !when) blocker.proceed();
  }, [blocker, when]);

  return (
    <ConfirmDialog
      isOpen={blocker.state === "blocked"}
      title={t("leaveTitle")}
      confirmLabel={t("leave")}
      cancelLabel={t("stay")}
      danger
      onConfirm={() => blocker.state === "blocked" && blocker.proceed()}
      onCancel={() => blocker.state === "blocked" && blocker.reset()}
    >
      <p>{t("leaveText")}</p>
    </ConfirmDialog>
  );
}
