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

/** The persisted session when the policy lets it live on; a refused one is removed. */
function restore(opts: SessionCoreOptions): StoredSession | null {
  const restored = opts.store.load();
  if (restored && opts.policy.restorable(restored, opts.clock.now())) return restored;
  if (restored) opts.store.clear();
  return null;
}

/** Another tab may have refreshed (or signed in again) meanwhile: its newer token for the same user. */
function newerStored(opts: SessionCoreOptions, current: StoredSession): StoredSession | null {
  const stored = opts.store.load();
  if (!stored || stored.token === current.token || stored.user.id !== current.user.id) return null;
  return opts.policy.restorable(stored, opts.clock.now()) ? stored : null;
}

export function createSessionCore(opts: SessionCoreOptions): SessionCore {
  const { store, clock, policy } = opts;
  const { notify, add } = createListeners();
  const refresher = createRefreshScheduler({ refresh: () => opts.refreshSingleFlight(), ...clock });
  // a reload keeps the user signed in
  let session: StoredSession | null = restore(opts);

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

  /** Ends the session; listeners hear `reason` only when there was one. */
  function end(reason: "lost" | "signed-out" | null): void {
    const had = session !== null;
    refresher.cancel();
    session = null;
    store.clear();
    opts.onClear?.();
    if (had && reason) notify(null, reason);
  }
  const lose = (): void => end("lost");

  async function refresh(): Promise<boolean> {
    const current = session;
    if (!current) return false;
    const newer = opts.adoptFromStore ? newerStored(opts, current) : null;
    if (newer) {
      session = newer;
      scheduleRefresh();
      notify(newer.user, "refreshed");
      return true;
    }
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

  scheduleRefresh();

  return {
    current: () => session,
    currentUser: () => (session && policy.usable(session, clock.now()) ? session.user : null),
    establish,
    update,
    refresh,
    persist,
    lose,
    signOut: () => end("signed-out"),
    signOutAfter: async (tellServer) => {
      if (session) await tellServer().catch(() => undefined); // local credentials go regardless
      end("signed-out");
    },
    clear: () => end(null),
    onSessionChange: add,
  };
}
