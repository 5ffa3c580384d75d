import { describe, expect, it } from "vitest";
import { rowsFollowSort } from "./sort-check.ts";

describe("rowsFollowSort", () => {
  const rows = (vals: unknown[]) => vals.map((v) => ({ v }));
  it("accepts rows in the requested order, either direction, ignoring nulls and ties", () => {
    expect(rowsFollowSort(rows([1, 2, 2, null, 5]), [{ field: "v", desc: false }])).toBe(true);
    expect(rowsFollowSort(rows(["b", "B", "a"]), [{ field: "v", desc: true }])).toBe(true);
    expect(rowsFollowSort(rows([3]), [{ field: "v", desc: false }])).toBe(true);
    expect(rowsFollowSort(rows([3, 1]), [])).toBe(true);
  });
  it("does not blame a collation difference on the server (code points vs locale)", () => {
    expect(rowsFollowSort(rows(["Olsson", "Zetterberg", "Öberg"]), [{ field: "v", desc: false }])).toBe(true);
    expect(rowsFollowSort(rows(["Öberg", "Olsson"]), [{ field: "v", desc: false }])).toBe(true);
    expect(rowsFollowSort(rows(["b", "c", "a"]), [{ field: "v", desc: false }])).toBe(false);
  });
  it("rejects rows that are out of order", () => {
    expect(rowsFollowSort(rows([1, 3, 2]), [{ field: "v", desc: false }])).toBe(false);
    expect(rowsFollowSort(rows(["a", "b"]), [{ field: "v", desc: true }])).toBe(false);
  });
});
