// litestar-admin's sign-in state (litestar-admin.md §3): the live session and its persisted copy,
// the proactive refresh (never for the session-cookie backend), session loss and the listeners,
// plus the AuthHook that puts the token on requests (`litestarAuthHook`). Its surface is the shared session core's
// (src/backend/session/), so that adopting the core only swaps this file's insides.
import { ApiError } from "../api-error.ts";
import type { AuthHook, HttpResponse } from "../http-client.ts";
import { createRefreshScheduler } from "../refresh-scheduler.ts";
import { jwtExpiresAt } from "../session-store.ts";
import type { SessionStore, StoredSession } from "../session-store.ts";
import type { CurrentUser, SessionListener } from "../types.ts";
import { isSessionTokenType, parseLitestarTokens, refreshDelayMs } from "./litestar-auth.ts";

type SessionChange = Parameters<SessionListener>[1];

/** A new session, as a sign-in establishes it. */
export interface LitestarSessionStart {
  token: string;
  tokenType: string;
  expiresAt: number | null;
  refreshToken: string | null;
  user: CurrentUser;
  /** Tell listeners "signed-in" now (default true); false when `/me` completes the user first. */
  announce?: boolean;
}

export interface LitestarSession {
  current(): StoredSession | null;
  /** The user while the access token is valid or can be refreshed, else null. */
  currentUser(): CurrentUser | null;
  establish(start: LitestarSessionStart): CurrentUser;
  update(patch: Partial<StoredSession>, reason?: "signed-in" | "refreshed"): void;
  /** The AuthHook's refresh. False = the session is over. */
  refresh(): Promise<boolean>;
  lose(): void;
  signOut(): void;
  clear(): void;
  onSessionChange(listener: SessionListener): () => void;
}

export interface LitestarSessionOptions {
  store: SessionStore;
  now: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  refreshLeewayMs: number;
  /** `POST /api/auth/refresh {refresh_token}` (anonymous, never retried on an auth failure). */
  postRefresh(refreshToken: string): Promise<HttpResponse>;
  /** The HTTP client's single-flight refresh, for the proactive timer. */
  refreshSingleFlight(): Promise<unknown>;
  /** Drops what the user loaded (schema, forms) whenever the session ends or is replaced. */
  onClear(): void;
}

const isCookieSession = (s: StoredSession | null): boolean => s !== null && isSessionTokenType(s.tokenType);

/** A refusal of the refresh itself (not a timeout or a rate limit): the session is over. */
function endsSession(e: unknown): boolean {
  return e instanceof ApiError && e.status >= 400 && e.status < 500 && e.status !== 408 && e.status !== 429;
}

/** A restored session is usable while its access token is, or while its refresh token is. */
function restorable(s: StoredSession, now: number): boolean {
  const refreshExp = s.refreshToken && !isSessionTokenType(s.tokenType) ? jwtExpiresAt(s.refreshToken) : null;
  const accessValid = s.expiresAt === null || s.expiresAt > now;
  const refreshValid = s.refreshToken !== null && (refreshExp === null || refreshExp > now);
  return accessValid || refreshValid;
}

/** Bearer token on every request, or the cookie (`credentials: "include"`) of the session backend. */
export function litestarAuthHook(session: LitestarSession): AuthHook {
  return {
    headers(): Record<string, string> {
      const current = session.current();
      return !current || isCookieSession(current) ? {} : { Authorization: `Bearer ${current.token}` };
    },
    refresh: () => session.refresh(),
    // The normaliser marks the text/plain 404 and non-guard 401s as authLost; guard 401s
    // ("Permission '…' required", "Authentication required") are not, so they never refresh.
    isAuthFailure: (e) => e.authLost,
    onAuthLost: () => session.lose(),
    credentials: () => (isCookieSession(session.current()) ? "include" : undefined),
  };
}

function createListeners() {
  const listeners = new Set<SessionListener>();
  return {
    notify(user: CurrentUser | null, reason: SessionChange): void {
      for (const l of [...listeners]) {
        try {
          l(user, reason);
        } catch {
          // a listener's failure must not break the session
        }
      }
    },
    add(listener: SessionListener): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

export function createLitestarSession(opts: LitestarSessionOptions): LitestarSession {
  const { store, now } = opts;
  const { notify, add } = createListeners();
  const refresher = createRefreshScheduler({ refresh: () => opts.refreshSingleFlight(), now, setTimer: opts.setTimer, clearTimer: opts.clearTimer });
  let session: StoredSession | null = null;

  function scheduleRefresh(): void {
    refresher.cancel();
    if (!session || isCookieSession(session) || session.expiresAt === null || !session.refreshToken) return;
    const token = session.token;
    refresher.schedule(refreshDelayMs(session.expiresAt, now(), opts.refreshLeewayMs), session.expiresAt, () => session?.token === token);
  }

  function persist(): void {
    if (session) store.save({ ...session, savedAt: now() });
  }

  function clear(): void {
    refresher.cancel();
    session = null;
    store.clear();
    opts.onClear();
  }

  /** Idempotent: only the first call after a session existed notifies "lost". */
  function lose(): void {
    const had = session !== null;
    clear();
    if (had) notify(null, "lost");
  }

  function update(patch: Partial<StoredSession>, reason?: "signed-in" | "refreshed"): void {
    if (!session) return;
    session = { ...session, ...patch };
    persist();
    scheduleRefresh();
    if (reason) notify(session.user, reason);
  }

  async function refresh(): Promise<boolean> {
    const current = session;
    if (!current || !current.refreshToken) {
      lose();
      return false;
    }
    let res: HttpResponse;
    try {
      res = await opts.postRefresh(current.refreshToken);
    } catch (e) {
      if (!endsSession(e)) throw e;
      if (session === current) lose();
      return false;
    }
    if (session !== current) return session !== null; // signed out / in meanwhile
    try {
      const tokens = parseLitestarTokens(res.data, now(), res.status, current.refreshToken);
      // Refresh echoes the refresh token (no rotation); keep ours if it is missing.
      update({ token: tokens.accessToken, tokenType: tokens.tokenType, expiresAt: tokens.expiresAt, refreshToken: tokens.refreshToken ?? current.refreshToken }, "refreshed");
      return true;
    } catch {
      lose();
      return false;
    }
  }

  // a reload keeps the user signed in
  const restored = store.load();
  if (restored && restorable(restored, now())) {
    session = restored;
    scheduleRefresh();
  } else if (restored) {
    store.clear();
  }

  return {
    current: () => session,
    currentUser() {
      if (!session) return null;
      if (session.expiresAt !== null && session.expiresAt <= now() && !session.refreshToken) return null;
      return session.user;
    },
    establish(start) {
      const { announce = true, ...fields } = start;
      session = { ...fields, signedInAt: now(), savedAt: now() };
      persist();
      scheduleRefresh();
      if (announce) notify(start.user, "signed-in");
      return start.user;
    },
    update,
    refresh,
    lose,
    signOut() {
      const had = session !== null;
      clear();
      if (had) notify(null, "signed-out");
    },
    clear,
    onSessionChange: add,
  };
}
