import { describe, expect, it } from "vitest";
import { nextItem } from "./use-roving-focus.ts";

const items = ["Profile", "Sign out", "English", "Svenska"].map((text) => {
  const el = document.createElement("div");
  el.textContent = text;
  return el;
});
const to = (key: string, current: number, search = "") => nextItem({ items, current, key, search })?.textContent ?? null;

describe("nextItem (APG menu keys)", () => {
  it("moves with the arrows, wrapping at both ends, and to the first and last with Home and End", () => {
    expect(to("ArrowDown", 0)).toBe("Sign out");
    expect(to("ArrowDown", 3)).toBe("Profile");
    expect(to("ArrowUp", 0)).toBe("Svenska");
    expect(to("Home", 2)).toBe("Profile");
    expect(to("End", 0)).toBe("Svenska");
    expect(to("Tab", 0)).toBeNull();
  });

  it("finds the next item starting with what was typed: a letter again cycles, letters in a row are one prefix", () => {
    expect(to("s", 0, "s")).toBe("Sign out");
    expect(to("s", 1, "ss")).toBe("Svenska");
    expect(to("s", 3, "sss")).toBe("Sign out");
    expect(to("v", 1, "sv")).toBe("Svenska");
    expect(to("x", 0, "x")).toBeNull();
    expect(nextItem({ items: [], current: -1, key: "ArrowDown", search: "" })).toBeNull();
  });
});
