import { afterEach, describe, expect, it, vi } from "vitest";
import { latestThrottle } from "./latest-throttle.ts";

afterEach(() => vi.useRealTimers());

describe("latestThrottle", () => {
  it("hands on the latest value at most once per interval, and nothing after cancel", () => {
    vi.useFakeTimers();
    const seen: number[] = [];
    const t = latestThrottle((v: number) => seen.push(v), 100);
    t.push(1);
    t.push(2);
    t.push(3);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(seen).toEqual([3]);
    t.push(4);
    t.cancel();
    vi.advanceTimersByTime(200);
    expect(seen).toEqual([3]);
  });
});
