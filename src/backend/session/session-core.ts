// The sign-in state both dialect adapters share: the live session, its persisted copy (a reload
// keeps the user signed in), the proactive refresh, session loss and the listeners. A dialect
// only says how its tokens behave (`policy`) and how it asks for a new one (`exchange`).
import { ApiError } from "../api-error.ts";
import { createRefreshScheduler } from "../refresh-scheduler.ts";
import type { CurrentUser, SessionListener } from "../types.ts";
import type { SessionChange, SessionCore, SessionCoreOptions, SessionPatch, SessionStart, StoredSession } from "./types.ts";

/** A refusal of the refresh itself (not a timeout or a rate limit): the session is over. */
function endsSession(e: unknown): boolean {
  return e instanceof ApiError && e.status >= 400 && e.status < 500 && e.status !== 408 && e.status !== 429;
}

export function createSessionCore(opts: SessionCoreOptions): SessionCore {
  const { store, clock, policy } = opts;
  const listeners = new Set<SessionListener>();
  const refresher = createRefreshScheduler({ refresh: () => opts.refreshSingleFlight(), ...clock });
  let session: StoredSession | null = null;

  function notify(user: CurrentUser | null, reason: SessionChange): void {
    for (const l of [...listeners]) {
      try {
        l(user, reason);
      } catch {
        // a listener's failure must not break the session
      }
    }
  }

  function scheduleRefresh(): void {
    refresher.cancel();
    if (!session || session.expiresAt === null) return;
    const delay = policy.refreshDelayMs(session, clock.now());
    if (delay === null) return;
    const token = session.token;
    refresher.schedule(delay, session.expiresAt, () => session?.token === token);
  }

  function persist(): void {
    if (session) store.save({ ...session, ...opts.persisted?.(session), savedAt: clock.now() });
  }

  function clear(): void {
    refresher.cancel();
    session = null;
    store.clear();
    opts.onClear?.();
  }

  function lose(): void {
    const had = session !== null;
    clear();
    if (had) notify(null, "lost");
  }

  /** Another tab may have refreshed (or signed in again) meanwhile: its newer token wins. */
  function adoptStored(current: StoredSession): boolean {
    const stored = store.load();
    const now = clock.now();
    if (!stored || stored.token === current.token || stored.user.id !== current.user.id || !policy.restorable(stored, now)) return false;
    session = stored;
    scheduleRefresh();
    notify(stored.user, "refreshed");
    return true;
  }

  async function refresh(): Promise<boolean> {
    const current = session;
    if (!current) return false;
    if (opts.adoptFromStore && adoptStored(current)) return true;
    if (!policy.refreshable(current, clock.now())) {
      lose();
      return false;
    }
    let patch: SessionPatch | null;
    try {
      patch = await opts.exchange(current);
    } catch (e) {
      if (!endsSession(e)) throw e;
      if (session === current) lose();
      return false;
    }
    if (session !== current) return session !== null; // signed out / in meanwhile
    if (!patch) {
      lose();
      return false;
    }
    update(patch, "refreshed");
    return true;
  }

  function update(patch: SessionPatch, reason?: "signed-in" | "refreshed"): void {
    if (!session) return;
    session = { ...session, ...patch };
    persist();
    scheduleRefresh();
    if (reason) notify(session.user, reason);
  }

  function establish(start: SessionStart): CurrentUser {
    const { announce = true, refreshToken = null, ...fields } = start;
    session = { ...fields, refreshToken, signedInAt: clock.now(), savedAt: clock.now() };
    persist();
    scheduleRefresh();
    if (announce) notify(start.user, "signed-in");
    return start.user;
  }

  // a reload keeps the user signed in
  const restored = store.load();
  if (restored && policy.restorable(restored, clock.now())) {
    session = restored;
    scheduleRefresh();
  } else if (restored) {
    store.clear();
  }

  return {
    current: () => session,
    currentUser: () => (session && policy.usable(session, clock.now()) ? session.user : null),
    establish,
    update,
    refresh,
    persist,
    lose,
    signOut() {
      const had = session !== null;
      clear();
      if (had) notify(null, "signed-out");
    },
    clear,
    onSessionChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
