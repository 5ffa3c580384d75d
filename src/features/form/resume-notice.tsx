// Says that a save waits for the user to sign in again, and that nothing typed is lost.
import { useRecordFormContext } from "./record-form-context.ts";
import { t } from "./messages.ts";

export function ResumeNotice() {
  if (!useRecordFormContext().awaitingSignIn) return null;
  return (
    <p role="status" className="rf-status">
      {t("resumeAfterSignIn")}
    </p>
  );
}
