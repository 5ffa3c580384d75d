import { describe, expect, it } from "vitest";
import { backendPagesFor } from "./list-query.ts";

describe("backendPagesFor", () => {
  it("passes a view within the cap through as one request", () => {
    const q = { page: 3, perPage: 50 };
    expect(backendPagesFor(q, 100)).toEqual([q]);
  });
  it("splits a 2,000-row view into consecutive cap-sized backend pages", () => {
    const pages = backendPagesFor({ page: 2, perPage: 2000, search: "x" }, 100);
    expect(pages).toHaveLength(20);
    expect(pages[0]).toEqual({ page: 21, perPage: 100, search: "x" });
    expect(pages[19]).toEqual({ page: 40, perPage: 100, search: "x" });
  });
});
