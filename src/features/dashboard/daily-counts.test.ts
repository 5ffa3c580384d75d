import { describe, expect, it } from "vitest";
import type { ActivityEntry } from "../../backend/types.ts";
import { dailyCounts, newestTime } from "./daily-counts.ts";

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).toISOString();
const e = (timestamp: string, resource = "orders"): ActivityEntry => ({ action: "update", resource, recordId: "1", timestamp, user: null, changes: {} });

describe("dailyCounts", () => {
  it("counts entries per local day over a window ending on the given day, oldest first", () => {
    const entries = [e(at(2026, 3, 1, 9)), e(at(2026, 3, 1, 18)), e(at(2026, 2, 27)), e(at(2026, 2, 10)), e("bad")];
    const counts = dailyCounts(entries, 3, new Date(2026, 2, 1, 23));
    expect(counts.map((c) => c.count)).toEqual([1, 0, 2]);
    expect(counts[0]?.day.getDate()).toBe(27);
    expect(counts[2]?.day.getDate()).toBe(1);
  });

  it("filters by a predicate", () => {
    const counts = dailyCounts([e(at(2026, 3, 1), "orders"), e(at(2026, 3, 1), "products")], 2, new Date(2026, 2, 1), (x) => x.resource === "products");
    expect(counts.map((c) => c.count)).toEqual([0, 1]);
  });
});

describe("newestTime", () => {
  it("finds the newest parseable timestamp", () => {
    expect(newestTime([e(at(2026, 1, 1)), e(at(2026, 3, 1)), e("x")])?.toISOString()).toBe(at(2026, 3, 1));
    expect(newestTime([])).toBeNull();
  });
});
