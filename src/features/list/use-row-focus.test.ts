import { describe, expect, it } from "vitest";
import { rowKeyAction } from "./use-row-focus.ts";

const onRow = { index: 4, last: 9, onRow: true, inField: false };
const inButton = { ...onRow, onRow: false };
const inField = { ...onRow, onRow: false, inField: true };

describe("rowKeyAction", () => {
  it("moves with the arrows from the row or a control in it, not from a field", () => {
    expect(rowKeyAction("ArrowDown", onRow)).toBe(5);
    expect(rowKeyAction("ArrowUp", inButton)).toBe(3);
    expect(rowKeyAction("ArrowDown", inField)).toBeNull();
  });
  it("goes to the first and last row, opens and selects, on the row itself only", () => {
    expect(rowKeyAction("Home", onRow)).toBe(0);
    expect(rowKeyAction("End", onRow)).toBe(9);
    expect(rowKeyAction("Enter", onRow)).toBe("open");
    expect(rowKeyAction(" ", onRow)).toBe("toggle");
    for (const key of ["Home", "End", "Enter", " "]) expect(rowKeyAction(key, inButton)).toBeNull();
    expect(rowKeyAction("a", onRow)).toBeNull();
  });
});
