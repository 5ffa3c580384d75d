import { describe, expect, it } from "vitest";
import type { Item } from "../../backend/types.ts";
import { pickRows, rowSelectionOf, selectionOf, selectionScopeOf, unpick, type PickedRows } from "./row-selection.ts";

const idOf = (item: Item) => (typeof item.id === "string" ? item.id : null);
const page: Item[] = [{ id: "a" }, { id: "b" }, { name: "no id" }];
const query = { page: 3, perPage: 25, search: "x" };

describe("row selection", () => {
  it("picks the page's rows by id, keeps rows picked on other pages, and never picks a row without an id", () => {
    const elsewhere = { id: "z", item: { id: "z" } };
    const prev: PickedRows = new Map([["z", elsewhere]]);
    const next = pickRows(prev, { z: true, a: true, "row-2": true, b: false }, page, idOf);
    expect([...next.entries()]).toEqual([
      ["z", elsewhere],
      ["a", { id: "a", item: { id: "a" } }],
    ]);
    expect(rowSelectionOf(next)).toEqual({ z: true, a: true });
  });

  it("unpicks one row; unpicking a row that is not picked changes nothing", () => {
    const picked: PickedRows = new Map([["a", { id: "a", item: { id: "a" } }]]);
    expect(unpick(picked, "b")).toBe(picked);
    expect(unpick(picked, "a").size).toBe(0);
    expect(picked.size).toBe(1);
  });

  it("makes the selection bulk actions and export take: ids with their items, all matching from page 1, or none", () => {
    const picked: PickedRows = new Map([["a", { id: "a", item: { id: "a", name: "A" } }]]);
    expect(selectionOf({ picked, allMatching: false, query, total: 60 })).toEqual({ kind: "ids", ids: ["a"], items: [{ id: "a", name: "A" }] });
    expect(selectionOf({ picked, allMatching: true, query, total: 60 })).toEqual({ kind: "all-matching", query: { ...query, page: 1 }, total: 60 });
    expect(selectionOf({ picked: new Map(), allMatching: false, query, total: 60 })).toEqual({ kind: "ids", ids: [], items: [] });
  });

  it("scopes a selection to the search, filters and sort, not the page or its size", () => {
    expect(selectionScopeOf({ page: 1, perPage: 25, search: "x" })).toBe(selectionScopeOf({ page: 4, perPage: 100, search: "x" }));
    expect(selectionScopeOf({ page: 1, perPage: 25, search: "x" })).not.toBe(selectionScopeOf({ page: 1, perPage: 25, search: "y" }));
    expect(selectionScopeOf({ page: 1, perPage: 25 })).not.toBe(selectionScopeOf({ page: 1, perPage: 25, sort: [{ field: "a", desc: false }] }));
    expect(selectionScopeOf({ page: 1, perPage: 25 })).not.toBe(selectionScopeOf({ page: 1, perPage: 25, filters: [{ field: "a", op: "eq", value: 1 }] }));
  });
});
