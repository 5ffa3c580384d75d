import { describe, expect, it } from "vitest";
import { comboboxKeyAction, type ComboboxKeyInput } from "./combobox-keys.ts";

const closed: Omit<ComboboxKeyInput, "key"> = { altKey: false, open: false, active: -1, count: 5, dirty: false };
const open = (active: number): Omit<ComboboxKeyInput, "key"> => ({ altKey: false, open: true, active, count: 5, dirty: false });

describe("comboboxKeyAction (APG editable combobox, list autocomplete)", () => {
  it("ArrowDown opens on the first option, ArrowUp on the last, Alt+ArrowDown on none", () => {
    expect(comboboxKeyAction({ ...closed, key: "ArrowDown" })).toEqual({ type: "open", active: 0 });
    expect(comboboxKeyAction({ ...closed, key: "ArrowUp" })).toEqual({ type: "open", active: 4 });
    expect(comboboxKeyAction({ ...closed, key: "ArrowDown", altKey: true })).toEqual({ type: "open", active: -1 });
    // nothing loaded yet: ArrowUp opens on none (ArrowDown's first option shows once it arrives)
    expect(comboboxKeyAction({ ...closed, count: 0, key: "ArrowUp" })).toEqual({ type: "open", active: -1 });
  });

  it("arrows move the active option and stop at the ends; ArrowUp from none goes to the last", () => {
    expect(comboboxKeyAction({ ...open(0), key: "ArrowDown" })).toEqual({ type: "move", active: 1 });
    expect(comboboxKeyAction({ ...open(4), key: "ArrowDown" })).toEqual({ type: "move", active: 4 });
    expect(comboboxKeyAction({ ...open(-1), key: "ArrowDown" })).toEqual({ type: "move", active: 0 });
    expect(comboboxKeyAction({ ...open(3), key: "ArrowUp" })).toEqual({ type: "move", active: 2 });
    expect(comboboxKeyAction({ ...open(0), key: "ArrowUp" })).toEqual({ type: "move", active: 0 });
    expect(comboboxKeyAction({ ...open(-1), key: "ArrowUp" })).toEqual({ type: "move", active: 4 });
  });

  it("Alt+ArrowUp closes an open popup; Alt+ArrowDown in one does nothing", () => {
    expect(comboboxKeyAction({ ...open(2), key: "ArrowUp", altKey: true })).toEqual({ type: "close" });
    expect(comboboxKeyAction({ ...open(2), key: "ArrowDown", altKey: true })).toBeNull();
  });

  it("Enter picks the active option, commits the text without one, and is the form's while closed", () => {
    expect(comboboxKeyAction({ ...open(2), key: "Enter" })).toEqual({ type: "pick", index: 2 });
    expect(comboboxKeyAction({ ...open(-1), key: "Enter" })).toEqual({ type: "commit" });
    // an index kept from a longer list than the one now loaded is no option
    expect(comboboxKeyAction({ ...open(7), key: "Enter" })).toEqual({ type: "commit" });
    expect(comboboxKeyAction({ ...closed, key: "Enter" })).toBeNull();
  });

  it("Escape closes and reverts, and with nothing to close or revert is the page's; Home, End and letters stay the input's (caret, typing)", () => {
    expect(comboboxKeyAction({ ...open(1), key: "Escape" })).toEqual({ type: "revert" });
    expect(comboboxKeyAction({ ...closed, dirty: true, key: "Escape" })).toEqual({ type: "revert" });
    expect(comboboxKeyAction({ ...closed, key: "Escape" })).toBeNull();
    for (const key of ["Home", "End", "a", " ", "Tab", "Backspace"]) {
      expect(comboboxKeyAction({ ...open(1), key })).toBeNull();
      expect(comboboxKeyAction({ ...closed, key })).toBeNull();
    }
  });
});
