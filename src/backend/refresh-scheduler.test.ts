import { describe, expect, it, vi } from "vitest";
import { createRefreshScheduler } from "./refresh-scheduler.ts";

function fakeTimers() {
  let t = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let next = 1;
  return {
    now: () => t,
    setTimer: (fn: () => void, ms: number) => {
      timers.set(next, { at: t + ms, fn });
      return next++;
    },
    clearTimer: (h: unknown) => void timers.delete(h as number),
    async advance(ms: number) {
      t += ms;
      for (const [id, timer] of [...timers]) {
        if (timer.at <= t) {
          timers.delete(id);
          timer.fn();
        }
      }
      await Promise.resolve();
      await Promise.resolve();
    },
    pending: () => timers.size,
  };
}

describe("createRefreshScheduler", () => {
  it("refreshes after the delay while the token is current", async () => {
    const clock = fakeTimers();
    const refresh = vi.fn().mockResolvedValue(true);
    const s = createRefreshScheduler({ refresh, ...clock });
    s.schedule(1000, 60_000, () => true);
    await clock.advance(999);
    expect(refresh).not.toHaveBeenCalled();
    await clock.advance(1);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("does nothing when the session moved on, and cancel clears the timer", async () => {
    const clock = fakeTimers();
    const refresh = vi.fn().mockResolvedValue(true);
    const s = createRefreshScheduler({ refresh, ...clock });
    s.schedule(10, 60_000, () => false);
    await clock.advance(10);
    expect(refresh).not.toHaveBeenCalled();
    s.schedule(10, 60_000, () => true);
    s.cancel();
    expect(clock.pending()).toBe(0);
  });

  it("retries once, halfway to expiry (1–30 s), after a transient failure", async () => {
    const clock = fakeTimers();
    const refresh = vi.fn().mockRejectedValueOnce(new Error("503")).mockResolvedValue(true);
    const s = createRefreshScheduler({ refresh, ...clock });
    s.schedule(1000, 11_000, () => true); // at t=1000 the token has 10 s left → retry after 5 s
    await clock.advance(1000);
    expect(refresh).toHaveBeenCalledTimes(1);
    await clock.advance(4999);
    expect(refresh).toHaveBeenCalledTimes(1);
    await clock.advance(1);
    expect(refresh).toHaveBeenCalledTimes(2);
  });
});
