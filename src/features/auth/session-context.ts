import { createContext, useContext } from "react";
import type { Backend, BackendInfo, CurrentUser, DevCredential } from "../../backend/types.ts";

export interface Session {
  backend: Backend;
  /** What the backend told us before sign-in (title, login method, auth required). */
  info: BackendInfo;
  /** The signed-in user; kept while the session is "lost" so the page stays mounted. */
  user: CurrentUser | null;
  /** True after the backend reported the session lost, until the user signs in again. */
  lost: boolean;
  /** Credentials to show on the sign-in screen (demo mode / dev backends). */
  demoCredentials: DevCredential[];
  /** Record a completed sign-in (the backend also reports it through onSessionChange). */
  signedIn(user: CurrentUser): void;
  signOut(): Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error("useSession() must be used inside <SessionProvider>");
  return s;
}
