import { describe, expect, it } from "vitest";
import type { Item } from "../../backend/types.ts";
import { fakeResource } from "../../testing/fake-backend.ts";
import { rowActionPath, rowIdOf, rowLabel, rowsWithout } from "./list-rows.ts";

const resource = { ...fakeResource("orders"), label: "Order" };
const backend = {
  idOf: (_r: unknown, item: Item) => {
    if (item.broken) throw new Error("no id rule");
    return item.id as string;
  },
};

describe("list rows", () => {
  it("takes a row's id from the backend, and null for none, an empty one, or one the backend cannot tell", () => {
    expect(rowIdOf(backend, resource, { id: "a" })).toBe("a");
    expect(rowIdOf(backend, resource, { id: "" })).toBeNull();
    expect(rowIdOf(backend, resource, {})).toBeNull();
    expect(rowIdOf(backend, resource, { id: "a", broken: true })).toBeNull();
  });

  it("leaves out removed rows (rows without an id stay)", () => {
    const items: Item[] = [{ id: 1 }, { id: 2 }, { name: "x" }];
    const idOf = (it: Item) => (typeof it.id === "number" ? it.id : null);
    expect(rowsWithout(items, new Set(), idOf)).toBe(items);
    expect(rowsWithout(items, new Set(["2"]), idOf)).toEqual([{ id: 1 }, { name: "x" }]);
  });

  it("names a row by the resource label and its first column, else its id", () => {
    expect(rowLabel(resource, "name", { name: "ORD-1" }, "7")).toBe("Order ORD-1");
    expect(rowLabel(resource, "total", { total: 12 }, "7")).toBe("Order 12");
    expect(rowLabel(resource, "name", { name: { nested: true } }, "7")).toBe("Order 7");
    expect(rowLabel(resource, undefined, {}, null)).toBe("Order");
  });

  it("routes open, edit and duplicate relative to the list (ids encoded); delete has no route", () => {
    expect(rowActionPath("open", "a/b")).toBe("a%2Fb");
    expect(rowActionPath("edit", 7)).toBe("7/edit");
    expect(rowActionPath("duplicate", "x y")).toBe("new?duplicate=x%20y");
    expect(rowActionPath("delete", "a")).toBeNull();
  });
});
