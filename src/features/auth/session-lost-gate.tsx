import { lazyModule, LazyModal } from "../../ui/lazy-popup.tsx";
import { useSession } from "./session-context.ts";

const dialog = lazyModule(() => import("./session-lost-dialog.tsx"));

/**
 * "Sign in again" over the current page when the backend reports the session lost: the page
 * stays mounted underneath and continues once the user has signed in again. The dialog's code
 * (the sign-in form) loads when the session is lost, not on every page: that is rare, and the
 * page waits for the new session anyway.
 */
export function SessionLostGate() {
  const session = useSession();
  return <LazyModal module={dialog} preload={false} open={session.lost && session.user !== null} render={(m) => <m.SessionLostDialog />} />;
}
