// Says that a save waits for the user to sign in again, and that nothing typed is lost.
import { useRecordFormContext } from "./record-form-context.ts";

export function ResumeNotice() {
  if (!useRecordFormContext().awaitingSignIn) return null;
  return (
    <p role="status" className="rf-status">
      Your session ended before the save finished. Sign in again and it continues; nothing you typed is lost.
    </p>
  );
}
