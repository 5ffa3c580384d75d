import { describe, expect, it } from "vitest";
import { ApiError } from "../backend/api-error.ts";
import { shouldRetry } from "./create-query-client.ts";

const err = (status: number, extra: Partial<{ authLost: boolean }> = {}) =>
  new ApiError({ status, code: "X", message: "x", ...extra });

describe("shouldRetry", () => {
  it("never retries client errors or a lost session", () => {
    expect(shouldRetry(0, err(404))).toBe(false);
    expect(shouldRetry(0, err(422))).toBe(false);
    expect(shouldRetry(0, err(500, { authLost: true }))).toBe(false);
  });
  it("retries server errors, 429 and network failures, at most twice", () => {
    expect(shouldRetry(0, err(503))).toBe(true);
    expect(shouldRetry(1, err(429))).toBe(true);
    expect(shouldRetry(0, new TypeError("Failed to fetch"))).toBe(true);
    expect(shouldRetry(2, err(503))).toBe(false);
  });
});
