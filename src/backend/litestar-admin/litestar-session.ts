// litestar-admin's token rules and refresh request (litestar-admin.md §3) for the shared session
// core (src/backend/session/), and the AuthHook that puts the token on requests.
import type { AuthHook, HttpResponse } from "../http-client.ts";
import { createSessionCore } from "../session/session-core.ts";
import type { SessionClock, SessionCore, SessionPatch, SessionPolicy, StoredSession } from "../session/types.ts";
import { jwtExpiresAt } from "../session-store.ts";
import type { SessionStore } from "../session-store.ts";
import { isSessionTokenType, parseLitestarTokens, refreshDelayMs } from "./litestar-auth.ts";

export interface LitestarSessionOptions {
  store: SessionStore;
  clock: SessionClock;
  refreshLeewayMs: number;
  /** `POST /api/auth/refresh {refresh_token}` (anonymous, never retried on an auth failure). */
  postRefresh(refreshToken: string): Promise<HttpResponse>;
  /** The HTTP client's single-flight refresh, for the proactive timer. */
  refreshSingleFlight(): Promise<unknown>;
  /** Drops what the user loaded (schema, forms) whenever the session ends or is replaced. */
  onClear(): void;
}

const isCookieSession = (s: StoredSession | null): boolean => s !== null && isSessionTokenType(s.tokenType);

function litestarPolicy(refreshLeewayMs: number): SessionPolicy {
  return {
    // A restored session is usable while its access token is, or while its refresh token is.
    restorable(s, now) {
      const refreshExp = s.refreshToken && !isSessionTokenType(s.tokenType) ? jwtExpiresAt(s.refreshToken) : null;
      const accessValid = s.expiresAt === null || s.expiresAt > now;
      const refreshValid = s.refreshToken !== null && (refreshExp === null || refreshExp > now);
      return accessValid || refreshValid;
    },
    usable: (s, now) => s.expiresAt === null || s.expiresAt > now || Boolean(s.refreshToken),
    refreshable: (s) => Boolean(s.refreshToken),
    // The session-cookie backend's placeholders never expire client-side (§3.3).
    refreshDelayMs: (s, now) => (isCookieSession(s) || !s.refreshToken || s.expiresAt === null ? null : refreshDelayMs(s.expiresAt, now, refreshLeewayMs)),
  };
}

export function createLitestarSession(opts: LitestarSessionOptions): SessionCore {
  /** A new access token; refresh echoes the refresh token (no rotation, §1 #3), ours is kept if it is missing. */
  async function exchange(current: StoredSession): Promise<SessionPatch | null> {
    const refreshToken = current.refreshToken;
    if (!refreshToken) return null; // refreshable() said so already
    const res = await opts.postRefresh(refreshToken);
    try {
      const tokens = parseLitestarTokens(res.data, opts.clock.now(), res.status, refreshToken);
      return { token: tokens.accessToken, tokenType: tokens.tokenType, expiresAt: tokens.expiresAt, refreshToken: tokens.refreshToken ?? refreshToken };
    } catch {
      return null; // an answer without a token ends the session
    }
  }
  return createSessionCore({
    store: opts.store,
    clock: opts.clock,
    policy: litestarPolicy(opts.refreshLeewayMs),
    exchange,
    refreshSingleFlight: opts.refreshSingleFlight,
    onClear: opts.onClear,
  });
}

/** Bearer token on every request, or the cookie (`credentials: "include"`) of the session backend. */
export function litestarAuthHook(session: SessionCore): AuthHook {
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
