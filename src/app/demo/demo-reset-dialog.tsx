// "Reset demo data?": asks first, resets, then reloads so every screen shows the original data.
// Loaded when the menu item is chosen (the dialog is not on the first screen).
import { useState } from "react";
import { ConfirmDialog } from "../../features/form/confirm-dialog.tsx";
import type { DemoControl } from "./demo-backend.ts";
import { t } from "../messages.ts";

export interface DemoResetDialogProps {
  demo: DemoControl;
  onClose(): void;
  /** Default: reload the page. */
  afterReset?: () => void;
}

export function DemoResetDialog({ demo, onClose, afterReset = () => window.location.reload() }: DemoResetDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reset = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await demo.reset();
      afterReset();
    } catch {
      setBusy(false);
      setError(t("resetDemoFailed"));
    }
  };
  return (
    <ConfirmDialog isOpen title={t("resetDemoTitle")} confirmLabel={t("resetDemo")} danger busy={busy} error={error} onConfirm={() => void reset()} onCancel={onClose}>
      <p>{t("resetDemoBody")}</p>
    </ConfirmDialog>
  );
}
