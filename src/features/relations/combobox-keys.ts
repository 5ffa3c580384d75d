// What a key pressed in the relation picker's input does (WAI-ARIA APG editable combobox with
// list autocomplete): ArrowDown/ArrowUp open the popup on the first/last option or move the
// active option, Alt+ArrowDown opens it without choosing one, Alt+ArrowUp closes it, Enter picks
// the active option (or commits the typed text), Escape closes and reverts (with nothing to close
// or revert it is the page's, e.g. a dialog around cancels). Other keys (Home/End
// move the caret, letters type) are the input's own. Pure, so the rules are unit-tested.

export type ComboboxKeyAction =
  | { type: "open"; active: number }
  | { type: "move"; active: number }
  | { type: "pick"; index: number }
  | { type: "commit" }
  | { type: "close" }
  | { type: "revert" };

export interface ComboboxKeyInput {
  key: string;
  altKey: boolean;
  open: boolean;
  /** The active option's index (-1: none). */
  active: number;
  /** How many options are loaded. */
  count: number;
  /** The typed text differs from the value (Escape has something to revert). */
  dirty: boolean;
}

/** The action for a key, or null when the input should handle it as usual. */
export function comboboxKeyAction({ key, altKey, open, active, count, dirty }: ComboboxKeyInput): ComboboxKeyAction | null {
  const last = count - 1;
  switch (key) {
    case "ArrowDown":
      if (!open) return { type: "open", active: altKey ? -1 : 0 };
      if (altKey) return null;
      return { type: "move", active: Math.min(active + 1, last) };
    case "ArrowUp":
      if (!open) return altKey ? null : { type: "open", active: last };
      if (altKey) return { type: "close" };
      return { type: "move", active: active <= 0 ? (active === -1 ? last : 0) : active - 1 };
    case "Enter":
      if (!open) return null;
      return active >= 0 && active <= last ? { type: "pick", index: active } : { type: "commit" };
    case "Escape":
      return open || dirty ? { type: "revert" } : null;
    default:
      return null;
  }
}
