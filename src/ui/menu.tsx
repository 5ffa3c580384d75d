// A menu in a Popover (WAI-ARIA APG menu button, the menu side; the button is lazy-popup.tsx's
// PopupButton): focus starts on the first or last item as the key that opened it asked, arrows/
// Home/End/typeahead move (use-roving-focus.ts), Enter, Space or a click runs an item and closes
// the menu, Escape and Tab close it; focus then returns to the button (popover.tsx).
import { createContext, useContext, useId, useRef, type KeyboardEvent, type ReactNode } from "react";
import type { PopupState } from "./lazy-popup.tsx";
import { Popover } from "./popover.tsx";
import { useRovingFocus } from "./use-roving-focus.ts";

const ITEMS = '[role="menuitem"], [role="menuitemradio"]';

/** What an item needs from its menu: run the action of `id` (and close). */
const MenuContext = createContext<(id: string) => void>(() => undefined);

export function Menu({ state, label, onAction, children }: { state: PopupState; label: string; onAction(id: string): void; children: ReactNode }) {
  const move = useRovingFocus(ITEMS);
  const run = (id: string) => {
    onAction(id);
    state.close();
  };
  const firstFocus = (root: HTMLElement): HTMLElement | null => {
    const items = root.querySelectorAll<HTMLElement>(ITEMS);
    return (state.focus === "last" ? items[items.length - 1] : items[0]) ?? null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === "Tab") state.close(); // and the browser moves on from the button (APG)
    else move(e);
  };
  return (
    <Popover state={state} align="end" initialFocus={firstFocus}>
      <div role="menu" className="menu" aria-label={label} onKeyDown={onKeyDown}>
        <MenuContext value={run}>{children}</MenuContext>
      </div>
    </Popover>
  );
}

export interface MenuItemProps {
  id: string;
  className?: string;
  lang?: string;
  /** Makes it a menuitemradio, checked or not (one choice of its MenuSection). */
  checked?: boolean;
  children: ReactNode;
}

export function MenuItem({ id, className = "menu-item", lang, checked, children }: MenuItemProps) {
  const run = useContext(MenuContext);
  // Space runs the item when released, like a button: run on keydown, focus would be back on the
  // menu button by the keyup, which a browser may take as a press on it (reopening the menu)
  const spaceDown = useRef(false);
  return (
    <div
      role={checked === undefined ? "menuitem" : "menuitemradio"}
      aria-checked={checked}
      tabIndex={-1}
      className={className}
      lang={lang}
      onClick={() => run(id)}
      // the item under the pointer is the focused one (one highlight, as keyboard and pointer agree)
      onPointerMove={(e) => e.currentTarget !== document.activeElement && e.currentTarget.focus({ preventScroll: true })}
      onKeyDown={(e) => {
        if (e.key === "Enter") {
          e.preventDefault();
          run(id);
        } else if (e.key === " ") {
          e.preventDefault();
          spaceDown.current = true;
        }
      }}
      onKeyUp={(e) => {
        if (e.key !== " " || !spaceDown.current) return;
        spaceDown.current = false;
        run(id);
      }}
    >
      {children}
    </div>
  );
}

/** A group of items under a heading that names it. */
export function MenuSection({ header, children }: { header: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section role="group" aria-labelledby={id}>
      {/* not a <header>: a menu may hold groups and items only, this is the group's name */}
      <div role="presentation" id={id} className="menu-header">
        {header}
      </div>
      {children}
    </section>
  );
}
