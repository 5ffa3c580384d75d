// The rows of a large page, virtualised: only those near the viewport are in the DOM, between two
// spacer rows that keep the scroll height (so the list stays a real <table>). Its own chunk with
// TanStack Virtual, loaded only for pages above the threshold (src/features/list/list-modules.ts).
import { useEffect, useLayoutEffect, useState, type ReactNode, type RefObject } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";

export interface VirtualRowsProps {
  count: number;
  keyOf(index: number): string | number;
  scrollElement: RefObject<HTMLElement | null>;
  /** Height above the first row inside the scroll element (the table head). */
  scrollMargin: number;
  estimate: number;
  colSpan: number;
  renderRow(index: number, measure: (el: Element | null) => void): ReactNode;
  /** Holds "scroll row `index` into view" while mounted. */
  scrollTo: { current: ((index: number) => void) | null };
}

export function VirtualRows(props: VirtualRowsProps) {
  const { count, keyOf, scrollElement, scrollMargin, estimate, colSpan, renderRow, scrollTo } = props;
  // The scroll element is an ancestor: its ref is attached after this component's layout effects
  // on mount, so the virtualiser would find none. Render once more, before paint, once it is there.
  const [, setAttached] = useState(false);
  useLayoutEffect(() => {
    if (!scrollElement.current) setAttached(true);
  }, [scrollElement]);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollElement.current,
    estimateSize: () => estimate,
    overscan: 12,
    getItemKey: keyOf,
    scrollMargin,
  });
  useEffect(() => {
    scrollTo.current = (index) => virtualizer.scrollToIndex(index, { align: "auto" });
    return () => {
      scrollTo.current = null;
    };
  }, [scrollTo, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const margin = virtualizer.options.scrollMargin;
  const top = items.length > 0 ? (items[0]?.start ?? margin) - margin : 0;
  const bottom = items.length > 0 ? virtualizer.getTotalSize() - ((items[items.length - 1]?.end ?? margin) - margin) : 0;
  return (
    <>
      {top > 0 && (
        <tr aria-hidden="true" className="spacer-row">
          <td colSpan={colSpan} style={{ height: top }} />
        </tr>
      )}
      {items.map((item) => renderRow(item.index, virtualizer.measureElement))}
      {bottom > 0 && (
        <tr aria-hidden="true" className="spacer-row">
          <td colSpan={colSpan} style={{ height: bottom }} />
        </tr>
      )}
    </>
  );
}
