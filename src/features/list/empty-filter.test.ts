import { describe, expect, it } from "vitest";
import { isEmptyFilter } from "./empty-filter.ts";

describe("isEmptyFilter", () => {
  it("knows an empty filter", () => {
    expect(isEmptyFilter({ field: "x", op: "in", value: [] })).toBe(true);
    expect(isEmptyFilter({ field: "x", op: "between", value: [null, ""] })).toBe(true);
    expect(isEmptyFilter({ field: "x", op: "eq", value: false })).toBe(false);
  });
});
