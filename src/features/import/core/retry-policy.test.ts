import { describe, expect, it } from "vitest";
import { ApiError } from "../../../backend/api-error.ts";
import { backoffDelay, decideRetry } from "./retry-policy.ts";

const api = (status: number) => new ApiError({ status, code: "X", message: `status ${status}` });

describe("decideRetry", () => {
  it("retries a lost answer (network, 408, 502, 504) as an outcome that must be checked before re-sending", () => {
    for (const e of [new TypeError("Failed to fetch"), api(0), api(408), api(502), api(504)]) {
      expect(decideRetry(e, { retry: 0, maxRetries: 5 })).toEqual({ retry: true, rateLimited: false, outcomeUnknown: true });
    }
  });

  it("retries a refused request (503): nothing was created", () => {
    for (const status of [503]) expect(decideRetry(api(status), { retry: 2, maxRetries: 5 })).toEqual({ retry: true, rateLimited: false, outcomeUnknown: false });
  });

  it("does not retry a rejection of the row, an unknown error, or past maxRetries", () => {
    expect(decideRetry(api(422), { retry: 0, maxRetries: 5 })).toEqual({ retry: false });
    expect(decideRetry(api(409), { retry: 0, maxRetries: 5 })).toEqual({ retry: false });
    expect(decideRetry(new Error("bug"), { retry: 0, maxRetries: 5 })).toEqual({ retry: false });
    expect(decideRetry(api(503), { retry: 5, maxRetries: 5 })).toEqual({ retry: false });
  });
});

describe("backoffDelay", () => {
  it("doubles from the base delay, with ±20% jitter, up to the longest delay", () => {
    const noJitter = { random: () => 0.5 };
    expect([0, 1, 2, 3].map((retry) => backoffDelay(retry, api(503), noJitter))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffDelay(0, api(503), { random: () => 0 })).toBe(400);
    expect(backoffDelay(0, api(503), { random: () => 1 })).toBeCloseTo(600, 6);
    expect(backoffDelay(10, api(503), { ...noJitter, baseDelayMs: 100, maxDelayMs: 5000 })).toBe(5000);
  });
});
