import { afterEach, describe, expect, it } from "vitest";
import { clearEarly, earlyKey, peekEarlyValue, stashEarly, takeEarly, takeEarlyValue } from "./early-start.ts";

describe("early requests", () => {
  afterEach(() => clearEarly());

  it("hands a request to one taker only", async () => {
    stashEarly("k", Promise.resolve(1), 1000);
    await expect(takeEarly<number>("k", 1000)).resolves.toBe(1);
    expect(takeEarly("k", 1000)).toBeUndefined();
  });

  it("drops a request older than ten seconds (a later fetch must ask the server)", () => {
    stashEarly("k", Promise.resolve(1), 1000);
    expect(takeEarly("k", 11_001)).toBeUndefined();
    expect(takeEarly("k", 1000)).toBeUndefined(); // gone, not left for another taker
  });

  it("gives an answer that has arrived synchronously, and leaves a pending one for takeEarly", async () => {
    let resolve: (v: number) => void = () => undefined;
    const pending = new Promise<number>((r) => (resolve = r));
    stashEarly("k", pending, 1000);
    expect(takeEarlyValue("k", 1000)).toBeUndefined();
    expect(peekEarlyValue("k", 1000)).toBeUndefined();
    resolve(7);
    await pending;
    expect(peekEarlyValue("k", 1000)).toEqual({ value: 7 });
    expect(takeEarlyValue("k", 1000)).toEqual({ value: 7 });
    expect(takeEarlyValue("k", 1000)).toBeUndefined();
  });

  it("a failed request is never a value; its taker sees the failure (and asks again itself)", async () => {
    const failed = Promise.reject(new Error("503"));
    stashEarly("k", failed, 1000);
    await failed.catch(() => undefined);
    expect(peekEarlyValue("k", 1000)).toBeUndefined();
    await expect(takeEarly("k", 1000)).rejects.toThrow("503");
  });

  it("keys equal query keys equally", () => {
    expect(earlyKey(["atrium", "u", "resource", "orders", { page: 1 }])).toBe(earlyKey(["atrium", "u", "resource", "orders", { page: 1 }]));
  });
});
