// Arrow-key focus among the items of a composite widget (a menu): ArrowDown/ArrowUp move to the
// next/previous item (wrapping), Home/End to the first/last, typing a letter to the next item that
// starts with what was typed (APG "typeahead"). The items keep tabIndex -1; DOM focus moves.
import { useRef, type KeyboardEvent } from "react";

/** How long typed letters add up to one search (as in the APG examples). */
const TYPEAHEAD_MS = 500;

/** The next item to focus for `key`, or null when the key is not a move. Pure (use-roving-focus.test.ts). */
export function nextItem({ items, current, key, search }: { items: HTMLElement[]; current: number; key: string; search: string }): HTMLElement | null {
  if (items.length === 0) return null;
  if (key === "ArrowDown") return items[(current + 1) % items.length] ?? null;
  if (key === "ArrowUp") return items[(current - 1 + items.length) % items.length] ?? null;
  if (key === "Home") return items[0] ?? null;
  if (key === "End") return items[items.length - 1] ?? null;
  if (search === "") return null;
  // one letter typed again ("ss") cycles through the items starting with it
  const repeated = [...search].every((c) => c === search[0]);
  const prefix = repeated ? search.slice(0, 1) : search;
  // from the current item on when the search continues ("ab"), after it when it starts anew ("a")
  const from = prefix.length > 1 ? current : current + 1;
  const order = [...items.slice(from), ...items.slice(0, from)];
  return order.find((el) => (el.textContent ?? "").trim().toLocaleLowerCase().startsWith(prefix)) ?? null;
}

/** onKeyDown for the element holding the items; `selector` finds them. */
export function useRovingFocus(selector: string): (e: KeyboardEvent<HTMLElement>) => void {
  const typed = useRef({ text: "", at: 0 });
  return (e) => {
    const isLetter = e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && e.key !== " ";
    let search = "";
    if (isLetter) {
      const now = e.timeStamp;
      const text = (now - typed.current.at < TYPEAHEAD_MS ? typed.current.text : "") + e.key.toLocaleLowerCase();
      typed.current = { text, at: now };
      search = text;
    }
    const items = Array.from(e.currentTarget.querySelectorAll<HTMLElement>(selector));
    const current = items.findIndex((el) => el === document.activeElement);
    const next = nextItem({ items, current, key: e.key, search });
    if (!next) return;
    e.preventDefault();
    next.focus();
  };
}
