import { ModalDialog, ModalTitle } from "../../ui/modal-dialog.tsx";
import { useSession } from "./session-context.ts";
import { SignInForm } from "./sign-in-form.tsx";
import { t } from "./messages.ts";

// The dialog is rendered by <SessionLostGate> (session-lost-gate.tsx), which loads this module
// after the first screen and mounts it only while the session is lost.

/**
 * Shown over the current page when the backend reports the session lost: the page stays
 * mounted underneath, and continues (queries refetch) once the user has signed in again.
 */
export function SessionLostDialog() {
  const session = useSession();
  return (
    // neither Escape nor the backdrop: sign in again, or sign out
    <ModalDialog>
      <ModalTitle>{t("signInAgain")}</ModalTitle>
      <p className="muted">{t("sessionEnded")}</p>
      <SignInForm
        backend={session.backend}
        info={session.info}
        onSignedIn={session.signedIn}
        defaultEmail={session.user?.email ?? ""}
      />
      <p className="screen-actions">
        <button type="button" className="link-button" onClick={() => void session.signOut()}>
          {t("signOut")}
        </button>
      </p>
    </ModalDialog>
  );
}
