import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../api-error.ts";
import { createSessionStore } from "../session-store.ts";
import type { SessionStore } from "../session-store.ts";
import type { CurrentUser } from "../types.ts";
import { createSessionCore } from "./session-core.ts";
import type { SessionCoreOptions, SessionPatch, SessionPolicy, StoredSession } from "./types.ts";

/** A clock whose timers run only when the test advances it. */
function fakeClock(start = 1_000_000) {
  let t = start;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let next = 1;
  return {
    now: () => t,
    setTimer: (fn: () => void, ms: number) => {
      timers.set(next, { at: t + ms, fn });
      return next++;
    },
    clearTimer: (h: unknown) => void timers.delete(h as number),
    advance(ms: number) {
      t += ms;
      for (const [id, timer] of [...timers]) {
        if (timer.at <= t) {
          timers.delete(id);
          timer.fn();
        }
      }
    },
    pending: () => timers.size,
  };
}

/** A Storage over a Map, shared by "tabs" (stores with the same base URL). */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

const ada: CurrentUser = { id: "u1", email: "ada@example.com" };
const HOUR = 3_600_000;

/** Tokens typed "user" are refreshable 10 s before expiry; "pre" tokens are never restored. */
const policy: SessionPolicy = {
  restorable: (s, now) => s.tokenType !== "pre" && (s.expiresAt === null || s.expiresAt > now),
  usable: (s, now) => s.expiresAt === null || s.expiresAt > now,
  refreshable: (s) => s.tokenType === "user",
  refreshDelayMs: (s, now) => (s.tokenType === "user" && s.expiresAt !== null ? s.expiresAt - now - 10_000 : null),
};

function setup(extra: Partial<SessionCoreOptions> & { storage?: Storage; clock?: ReturnType<typeof fakeClock> } = {}) {
  const clock = extra.clock ?? fakeClock();
  const storage = extra.storage ?? memoryStorage();
  const store: SessionStore = createSessionStore({ baseUrl: "http://api.test", storage });
  const exchange = vi.fn<(s: StoredSession) => Promise<SessionPatch | null>>(async () => ({ token: "t2", expiresAt: clock.now() + HOUR }));
  const refreshSingleFlight = vi.fn(async (): Promise<unknown> => core.refresh());
  const core = createSessionCore({ store, clock, policy, exchange, refreshSingleFlight, ...extra });
  const listener = vi.fn<(u: CurrentUser | null, r: string) => void>();
  core.onSessionChange(listener);
  return { core, clock, store, storage, exchange, refreshSingleFlight, listener };
}

describe("createSessionCore", () => {
  it("establish: persists (with the dialect's extra fields), announces, reports the user", () => {
    const { core, store, listener, clock } = setup({ persisted: () => ({ tokenHeader: "X-API-Key" }) });
    const user = core.establish({ token: "t1", tokenType: "user", expiresAt: clock.now() + HOUR, user: ada });
    expect(user).toEqual(ada);
    expect(core.currentUser()).toEqual(ada);
    expect(store.load()).toMatchObject({ token: "t1", tokenType: "user", refreshToken: null, tokenHeader: "X-API-Key", signedInAt: clock.now() });
    expect(listener.mock.calls).toEqual([[ada, "signed-in"]]);
  });

  it("establish with announce:false stays quiet until update(…, 'signed-in')", () => {
    const { core, listener, store } = setup();
    core.establish({ token: "t1", tokenType: "user", expiresAt: null, user: { id: "u1" }, announce: false });
    expect(listener).not.toHaveBeenCalled();
    core.update({ user: ada }, "signed-in");
    expect(listener.mock.calls).toEqual([[ada, "signed-in"]]);
    expect(store.load()?.user).toEqual(ada);
  });

  it("restores a persisted session the policy accepts; clears one it refuses", () => {
    const storage = memoryStorage();
    const clock = fakeClock();
    setup({ storage, clock }).core.establish({ token: "t1", tokenType: "user", expiresAt: clock.now() + HOUR, user: ada });
    expect(setup({ storage, clock }).core.currentUser()).toEqual(ada);
    setup({ storage, clock }).core.establish({ token: "p", tokenType: "pre", expiresAt: null, user: ada });
    const refused = setup({ storage, clock });
    expect(refused.core.current()).toBeNull();
    expect(storage.length).toBe(0);
  });

  it("currentUser is null once the policy says the session is not usable (expired)", () => {
    const { core, clock } = setup();
    core.establish({ token: "t1", tokenType: "service", expiresAt: clock.now() + 1_000, user: ada });
    clock.advance(1_000);
    expect(core.currentUser()).toBeNull();
    expect(core.current()?.token).toBe("t1");
  });

  it("refresh: the exchange's fields replace the token, persisted, 'refreshed' told", async () => {
    const { core, store, listener, exchange, clock } = setup();
    core.establish({ token: "t1", tokenType: "user", expiresAt: clock.now() + HOUR, user: ada });
    expect(await core.refresh()).toBe(true);
    expect(exchange).toHaveBeenCalledWith(expect.objectContaining({ token: "t1" }));
    expect(core.current()?.token).toBe("t2");
    expect(store.load()?.token).toBe("t2");
    expect(listener.mock.calls.at(-1)).toEqual([ada, "refreshed"]);
  });

  it("refresh refused (4xx) or answered null ends the session as lost; a 5xx or 429 keeps it", async () => {
    for (const status of [500, 429, 408]) {
      const { core, clock, exchange, listener } = setup();
      core.establish({ token: "t1", tokenType: "user", expiresAt: clock.now() + HOUR, user: ada });
      exchange.mockRejectedValueOnce(new ApiError({ status, code: "X", message: "x" }));
      await expect(core.refresh()).rejects.toBeInstanceOf(ApiError);
      expect(core.current()?.token).toBe("t1");
      expect(listener.mock.calls.map((c) => c[1])).toEqual(["signed-in"]);
    }
    const refused = setup();
    refused.core.establish({ token: "t1", tokenType: "user", expiresAt: null, user: ada });
    refused.exchange.mockRejectedValueOnce(new ApiError({ status: 401, code: "AUTH_REQUIRED", message: "x" }));
    expect(await refused.core.refresh()).toBe(false);
    expect(refused.listener.mock.calls.at(-1)).toEqual([null, "lost"]);
    expect(refused.storage.length).toBe(0);
    const empty = setup();
    empty.core.establish({ token: "t1", tokenType: "user", expiresAt: null, user: ada });
    empty.exchange.mockResolvedValueOnce(null);
    expect(await empty.core.refresh()).toBe(false);
    expect(empty.core.current()).toBeNull();
  });

  it("a token the policy calls unrefreshable ends the session without a request", async () => {
    const { core, exchange, listener } = setup();
    core.establish({ token: "s", tokenType: "service", expiresAt: null, user: ada });
    expect(await core.refresh()).toBe(false);
    expect(exchange).not.toHaveBeenCalled();
    expect(listener.mock.calls.at(-1)).toEqual([null, "lost"]);
  });

  it("signOutAfter: tells the server only with a session, and signs out even when the server fails", async () => {
    const { core, store } = setup();
    const tell = vi.fn(async () => Promise.reject(new Error("offline")));
    await core.signOutAfter(tell);
    expect(tell).not.toHaveBeenCalled();
    core.establish({ token: "t1", tokenType: "user", expiresAt: null, user: ada });
    const changes: unknown[] = [];
    core.onSessionChange((_user, reason) => changes.push(reason));
    await core.signOutAfter(tell);
    expect(tell).toHaveBeenCalledTimes(1);
    expect(changes).toEqual(["signed-out"]);
    expect(core.current()).toBeNull();
    expect(store.load()).toBeNull();
  });

  it("a sign-out during the refresh request wins: its answer is dropped", async () => {
    const { core, exchange, store } = setup();
    core.establish({ token: "t1", tokenType: "user", expiresAt: null, user: ada });
    let answer: (p: SessionPatch) => void = () => undefined;
    exchange.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const pending = core.refresh();
    core.signOut();
    answer({ token: "late" });
    expect(await pending).toBe(false);
    expect(core.current()).toBeNull();
    expect(store.load()).toBeNull();
  });

  it("adoptFromStore: another tab's newer token for the same user is taken instead of refreshing", async () => {
    const storage = memoryStorage();
    const clock = fakeClock();
    const tabA = setup({ storage, clock, adoptFromStore: true });
    tabA.core.establish({ token: "t1", tokenType: "user", expiresAt: clock.now() + HOUR, user: ada });
    const tabB = setup({ storage, clock, adoptFromStore: true });
    await tabA.core.refresh(); // stores t2
    expect(await tabB.core.refresh()).toBe(true);
    expect(tabB.exchange).not.toHaveBeenCalled();
    expect(tabB.core.current()?.token).toBe("t2");
    expect(tabB.listener.mock.calls).toEqual([[ada, "refreshed"]]);
    // without the option, tab B asks the server itself
    const tabC = setup({ storage, clock });
    tabA.core.establish({ token: "t3", tokenType: "user", expiresAt: clock.now() + HOUR, user: ada });
    await tabC.core.refresh();
    expect(tabC.exchange).toHaveBeenCalledTimes(1);
  });

  it("schedules the proactive refresh by the policy, reschedules after it, and stops on sign-out", async () => {
    const { core, clock, refreshSingleFlight } = setup();
    core.establish({ token: "t1", tokenType: "user", expiresAt: clock.now() + 60_000, user: ada });
    clock.advance(49_999);
    expect(refreshSingleFlight).not.toHaveBeenCalled();
    clock.advance(1);
    expect(refreshSingleFlight).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    await Promise.resolve();
    expect(core.current()?.token).toBe("t2");
    expect(clock.pending()).toBe(1); // the next one, for t2
    core.signOut();
    expect(clock.pending()).toBe(0);
  });

  it("lose is idempotent, onClear runs on every end, a throwing listener breaks nothing", () => {
    const onClear = vi.fn();
    const { core, listener } = setup({ onClear });
    core.onSessionChange(() => {
      throw new Error("listener bug");
    });
    core.establish({ token: "t1", tokenType: "user", expiresAt: null, user: ada });
    core.lose();
    core.lose();
    expect(listener.mock.calls.map((c) => c[1])).toEqual(["signed-in", "lost"]);
    core.establish({ token: "t1", tokenType: "user", expiresAt: null, user: ada });
    core.clear();
    core.signOut();
    expect(listener.mock.calls.map((c) => c[1])).toEqual(["signed-in", "lost", "signed-in"]);
    expect(onClear).toHaveBeenCalledTimes(4);
  });

  it("an unsubscribed listener hears nothing more", () => {
    const { core } = setup();
    const l = vi.fn();
    const off = core.onSessionChange(l);
    off();
    core.establish({ token: "t1", tokenType: "user", expiresAt: null, user: ada });
    expect(l).not.toHaveBeenCalled();
  });
});
