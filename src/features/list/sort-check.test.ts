import { describe, expect, it } from "vitest";
import { rowsFollowSort, sortApplied } from "./sort-check.ts";

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

describe("sortApplied", () => {
  const sent = [{ field: "v", desc: true }];
  const page = (vals: number[], sortDropped?: boolean) => ({ items: vals.map((v) => ({ v })), total: vals.length, page: 1, perPage: 25, ...(sortDropped ? { sortDropped } : {}) });
  it("believes a server that says it dropped the sort, whatever the rows", () => {
    expect(sortApplied({ page: page([3, 2, 1], true), sent, reliable: true, placeholder: false })).toBe(false);
  });
  it("trusts a reliable backend, and gives no verdict before rows or on the previous view's rows", () => {
    expect(sortApplied({ page: page([1, 2, 3]), sent, reliable: true, placeholder: false })).toBe(true);
    expect(sortApplied({ page: undefined, sent, reliable: false, placeholder: false })).toBe(true);
    expect(sortApplied({ page: page([1, 2, 3]), sent, reliable: false, placeholder: true })).toBe(true);
  });
  it("checks the rows of an unreliable backend", () => {
    expect(sortApplied({ page: page([3, 2, 1]), sent, reliable: false, placeholder: false })).toBe(true);
    expect(sortApplied({ page: page([1, 2, 3]), sent, reliable: false, placeholder: false })).toBe(false);
  });
});
