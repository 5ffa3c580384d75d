// Contracts of the session core (session-core.ts): what a dialect adapter gives it (a store, a
// clock, its token rules and its refresh request) and what it gets back.
import type { SessionStore, StoredSession } from "../session-store.ts";
import type { CurrentUser, SessionListener } from "../types.ts";

export type { StoredSession } from "../session-store.ts";

/** Why listeners are told: "signed-in" | "refreshed" | "signed-out" | "lost". */
export type SessionChange = Parameters<SessionListener>[1];

/** Fields a refresh (or a later step of a sign-in) changes; the rest of the session is kept. */
export type SessionPatch = Partial<Omit<StoredSession, "savedAt" | "signedInAt">>;

/** A new session, as a sign-in establishes it. */
export interface SessionStart {
  token: string;
  /** Dialect token type (Craft Easy "user" | "service"; litestar "bearer" | "session"). */
  tokenType: string;
  /** Epoch ms, or null when unknown. */
  expiresAt: number | null;
  refreshToken?: string | null;
  user: CurrentUser;
  /**
   * Tell listeners "signed-in" now (default true). False when the dialect completes the user
   * first (e.g. a profile request) and then calls `update({ user }, "signed-in")`.
   */
  announce?: boolean;
}

/** The dialect's token rules. `now` is epoch ms. */
export interface SessionPolicy {
  /** Whether a persisted session (this tab's on load, another tab's on refresh) may be used. */
  restorable(session: StoredSession, now: number): boolean;
  /** Whether `currentUser()` reports the session's user (e.g. not past expiry). */
  usable(session: StoredSession, now: number): boolean;
  /** Whether a refresh may be tried at all; false ends the session ("lost"). */
  refreshable(session: StoredSession, now: number): boolean;
  /** Delay of the proactive refresh, or null for none (needs `expiresAt`). */
  refreshDelayMs(session: StoredSession, now: number): number | null;
}

export interface SessionClock {
  now(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export interface SessionCoreOptions {
  /** Where the session survives a reload (src/backend/session-store.ts). */
  store: SessionStore;
  clock: SessionClock;
  policy: SessionPolicy;
  /**
   * The dialect's refresh request for `current`: the new token fields, or null when the answer
   * ends the session. A 4xx (but 408/429) thrown here ends the session; other errors propagate.
   */
  exchange(current: StoredSession): Promise<SessionPatch | null>;
  /** The HTTP client's single-flight refresh (which lands in `refresh()`), for the proactive timer. */
  refreshSingleFlight(): Promise<unknown>;
  /** Before refreshing, adopt a newer token another tab stored for the same user. */
  adoptFromStore?: boolean;
  /** Extra fields for the persisted copy (e.g. the token header in force). */
  persisted?(session: StoredSession): Partial<StoredSession>;
  /** Drops dialect state tied to the user (caches, pending sign-in steps) when the session ends. */
  onClear?(): void;
}

export interface SessionCore {
  /** The live session (restored or signed in), or null. */
  current(): StoredSession | null;
  /** The session's user while the policy calls it usable, else null. Never throws. */
  currentUser(): CurrentUser | null;
  /** Replaces any session: persists, schedules the proactive refresh, announces "signed-in". */
  establish(start: SessionStart): CurrentUser;
  /** Changes the live session (no-op without one); tells listeners when `reason` is given. */
  update(patch: SessionPatch, reason?: "signed-in" | "refreshed"): void;
  /** The AuthHook's refresh: adopt another tab's token, or run `exchange`. False = session over. */
  refresh(): Promise<boolean>;
  /** Saves the live session again (e.g. after `persisted()` would give something new). */
  persist(): void;
  /** Ends the session as lost (idempotent: only the first call after a session notifies). */
  lose(): void;
  /** Ends the session as signed out (notifies only when there was one). */
  signOut(): void;
  /**
   * Sign-out as both dialects do it: with a live session, tell the server (best effort: its
   * answer, or a failure, changes nothing), then end the session as signed out.
   */
  signOutAfter(tellServer: () => Promise<unknown>): Promise<void>;
  /** Ends the session without telling listeners (e.g. before a new sign-in). */
  clear(): void;
  onSessionChange(listener: SessionListener): () => void;
}
