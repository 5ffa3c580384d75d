import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useQueryClient } from "@tanstack/react-query";
import type { Backend, BackendInfo, CurrentUser, DevCredential } from "../../backend/types.ts";
import { SessionContext, type Session } from "./session-context.ts";
import { ANONYMOUS_USER } from "./anonymous-user.ts";
import { needsSignIn } from "./needs-sign-in.ts";

export interface SessionProviderProps {
  backend: Backend;
  info: BackendInfo;
  demoCredentials?: DevCredential[];
  children: ReactNode;
}

/**
 * Holds the current user. Restores it from the backend on start, follows
 * `backend.onSessionChange`, and on "lost" keeps the user (so the page stays mounted) but flags
 * the session for the "Sign in again" dialog. Cached data is dropped when the user changes or
 * signs out, and refetched after a lost session is re-authenticated.
 */
export function SessionProvider({ backend, info, demoCredentials = [], children }: SessionProviderProps) {
  const queryClient = useQueryClient();
  const signedOutUser = needsSignIn(info) ? null : ANONYMOUS_USER;
  const [user, setUserState] = useState<CurrentUser | null>(() => backend.currentUser() ?? signedOutUser);
  const [lost, setLost] = useState(false);
  const userRef = useRef(user);

  const setUser = useCallback(
    (next: CurrentUser | null) => {
      const prev = userRef.current;
      if (prev && next && prev.id === next.id) {
        if (prev.email === next.email && prev.name === next.name) return;
      } else if (prev && prev.id !== next?.id) {
        queryClient.clear(); // never show one user's cached data to another
      }
      userRef.current = next;
      setUserState(next);
    },
    [queryClient],
  );

  useEffect(() => {
    return backend.onSessionChange((next, reason) => {
      if (reason === "lost") {
        if (userRef.current) setLost(true);
        return;
      }
      if (reason === "signed-out") {
        setLost(false);
        setUser(signedOutUser);
        return;
      }
      if (next) {
        setUser(next);
        setLost(false);
      }
    });
  }, [backend, setUser, signedOutUser]);

  // After re-authentication, refetch whatever failed while the session was gone.
  const wasLost = useRef(false);
  useEffect(() => {
    if (wasLost.current && !lost) void queryClient.invalidateQueries();
    wasLost.current = lost;
  }, [lost, queryClient]);

  const signedIn = useCallback(
    (next: CurrentUser) => {
      setUser(next);
      setLost(false);
    },
    [setUser],
  );

  const signOut = useCallback(async () => {
    try {
      await backend.logout();
    } finally {
      setLost(false);
      setUser(signedOutUser);
      queryClient.clear();
    }
  }, [backend, setUser, signedOutUser, queryClient]);

  const value = useMemo<Session>(
    () => ({ backend, info, user, lost, demoCredentials, signedIn, signOut }),
    [backend, info, user, lost, demoCredentials, signedIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
