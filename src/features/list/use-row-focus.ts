// The table's roving row focus: one row is the tab stop; arrows, Home and End move it (scrolling a
// virtualised row into view first), Enter opens the row and Space selects it.
import { useCallback, useRef, useState } from "react";
import type { KeyboardEvent as ReactKeyboardEvent, RefObject } from "react";

export interface RowKeyContext {
  index: number;
  /** The index of the last row. */
  last: number;
  /** The key was pressed on the row itself (not on a control in it). */
  onRow: boolean;
  /** …or in a text field or select, whose arrows are its own. */
  inField: boolean;
}

/**
 * What a key does on row `index`: the row to move to (arrows, also from a control in the row;
 * Home and End), "open" (Enter) or "toggle" (Space) on the row itself, or null.
 */
export function rowKeyAction(key: string, { index, last, onRow, inField }: RowKeyContext): number | "open" | "toggle" | null {
  if (key === "ArrowDown" && !inField) return index + 1;
  if (key === "ArrowUp" && !inField) return index - 1;
  if (!onRow) return null;
  if (key === "Home") return 0;
  if (key === "End") return last;
  if (key === "Enter") return "open";
  if (key === " ") return "toggle";
  return null;
}

export interface RowFocus {
  /** The row that is the tab stop. The functions keep their identity while the row count stays (memoised rows). */
  activeIndex: number;
  setActive(index: number): void;
  /** Handles a key on row `index`; `open` and `toggle` are the row's own. */
  onRowKey(e: ReactKeyboardEvent<HTMLTableRowElement>, index: number, row: { open(): void; toggle(): void }): void;
  /** Filled by the virtualised rows while mounted: scroll a row into view. */
  scrollTo: { current: ((index: number) => void) | null };
}

export function useRowFocus({ count, tbodyRef, virtual }: { count: number; tbodyRef: RefObject<HTMLTableSectionElement | null>; virtual: boolean }): RowFocus {
  const [active, setActive] = useState(0);
  const scrollTo = useRef<((index: number) => void) | null>(null);
  const focusRow = useCallback(
    (i: number) => {
      const index = Math.max(0, Math.min(count - 1, i));
      setActive(index);
      scrollTo.current?.(index);
      const focus = () => tbodyRef.current?.querySelector<HTMLElement>(`tr[data-row="${index}"]`)?.focus();
      if (virtual) requestAnimationFrame(() => requestAnimationFrame(focus));
      else focus();
    },
    [count, virtual, tbodyRef],
  );
  const onRowKey = useCallback(
    (e: ReactKeyboardEvent<HTMLTableRowElement>, index: number, row: { open(): void; toggle(): void }) => {
      const tag = (e.target as HTMLElement).tagName;
      const inField = tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA";
      const action = rowKeyAction(e.key, { index, last: count - 1, onRow: e.target === e.currentTarget, inField });
      if (action === null) return;
      e.preventDefault();
      if (typeof action === "number") focusRow(action);
      else if (action === "open") row.open();
      else row.toggle();
    },
    [count, focusRow],
  );
  return { activeIndex: Math.min(active, Math.max(count - 1, 0)), setActive, onRowKey, scrollTo };
}
