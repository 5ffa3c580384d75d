import { describe, expect, it } from "vitest";
import { isEmptyFilter, isInvertedRange } from "./empty-filter.ts";

describe("isEmptyFilter", () => {
  it("knows an empty filter", () => {
    expect(isEmptyFilter({ field: "x", op: "in", value: [] })).toBe(true);
    expect(isEmptyFilter({ field: "x", op: "between", value: [null, ""] })).toBe(true);
    expect(isEmptyFilter({ field: "x", op: "eq", value: false })).toBe(false);
  });
});

describe("isInvertedRange", () => {
  it("knows a range whose start is after its end, numbers or ISO dates", () => {
    expect(isInvertedRange({ field: "price", op: "between", value: [100, 50] })).toBe(true);
    expect(isInvertedRange({ field: "price", op: "between", value: [50, 100] })).toBe(false);
    expect(isInvertedRange({ field: "price", op: "between", value: [50, 50] })).toBe(false);
    expect(isInvertedRange({ field: "price", op: "between", value: [100, null] })).toBe(false);
    expect(isInvertedRange({ field: "at", op: "between", value: ["2026-03-01", "2026-02-01"] })).toBe(true);
    expect(isInvertedRange({ field: "at", op: "between", value: ["2026-02-01", "2026-03-01"] })).toBe(false);
    expect(isInvertedRange({ field: "x", op: "eq", value: 3 })).toBe(false);
  });
});
