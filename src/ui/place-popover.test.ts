import { describe, expect, it } from "vitest";
import { placePopover, type Rect } from "./place-popover.ts";

const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });
const viewport = { width: 375, height: 700 };

describe("placePopover", () => {
  it("goes below the trigger, its end edge on the trigger's end edge", () => {
    const p = placePopover({ trigger: rect(300, 100, 40, 30), size: { width: 200, height: 150 }, viewport, align: "end" });
    expect(p).toEqual({ top: 138, left: 140, side: "bottom" });
  });

  it("lines up with the trigger's start edge when asked", () => {
    const p = placePopover({ trigger: rect(20, 100, 80, 30), size: { width: 240, height: 150 }, viewport, align: "start" });
    expect(p.left).toBe(20);
  });

  it("flips above the trigger when there is no room below", () => {
    const p = placePopover({ trigger: rect(300, 600, 40, 30), size: { width: 200, height: 150 }, viewport, align: "end" });
    expect(p).toEqual({ top: 442, left: 140, side: "top" });
  });

  it("stays inside a narrow viewport on both sides", () => {
    expect(placePopover({ trigger: rect(10, 100, 40, 30), size: { width: 200, height: 100 }, viewport, align: "end" }).left).toBe(8);
    expect(placePopover({ trigger: rect(330, 100, 40, 30), size: { width: 240, height: 100 }, viewport, align: "start" }).left).toBe(127);
  });

  it("when neither side has room, takes the larger one and limits its height (it scrolls)", () => {
    const p = placePopover({ trigger: rect(300, 500, 40, 30), size: { width: 200, height: 600 }, viewport, align: "end" });
    expect(p).toEqual({ top: 8, left: 140, side: "top", maxHeight: 484 });
  });
});
