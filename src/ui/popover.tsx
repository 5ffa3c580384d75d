// A non-modal popover next to the button that opened it (a PopupButton, lazy-popup.tsx), on the
// platform: the `popover` attribute puts it in the top layer (no clipping by a scrolling table or
// a stacking context), the position is computed here (place-popover.ts). Light dismiss: a press
// outside or focus moving out closes it (a press on the trigger is the button's own toggle),
// Escape closes it; focus goes back to the trigger unless the user put it somewhere else.
import { useLayoutEffect, useRef, type FocusEvent, type ReactNode, type RefObject } from "react";
import type { PopupState } from "./lazy-popup.tsx";
import { placePopover } from "./place-popover.ts";

export interface PopoverProps {
  state: PopupState;
  className?: string;
  /** Which edge of the trigger the popover lines up with. */
  align: "start" | "end";
  /** The element to focus once shown (default: the popover itself). */
  initialFocus?(root: HTMLElement): HTMLElement | null;
  children: ReactNode;
}

export function Popover({ state, className = "popover", align, initialFocus, children }: PopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  usePlacement({ ref, state, align, initialFocus });
  usePressOutside(ref, state);
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    const to = e.relatedTarget;
    if (to instanceof Node && !e.currentTarget.contains(to) && !state.triggerRef.current?.contains(to)) state.close();
  };
  return (
    <div
      ref={ref}
      className={className}
      popover="manual"
      tabIndex={-1}
      onBlur={onBlur}
      onKeyDown={(e) => {
        // a popover is a layer of its own: its keys are not the page's (e.g. a list row's Enter)
        e.stopPropagation();
        if (e.key === "Escape") {
          e.preventDefault();
          state.close();
        }
      }}
    >
      {children}
    </div>
  );
}

/** Shows the popover next to its trigger and focuses into it; on close, focus goes back to the trigger. */
function usePlacement({ ref, state, align, initialFocus }: { ref: RefObject<HTMLDivElement | null>; state: PopupState; align: "start" | "end"; initialFocus: PopoverProps["initialFocus"] }) {
  useAnchoredPlacement({ ref, anchorRef: state.triggerRef, align });
  const focusFirst = useRef(initialFocus);
  useLayoutEffect(() => {
    const el = ref.current;
    const trigger = state.triggerRef.current;
    if (!el || !trigger) return;
    (focusFirst.current?.(el) ?? el).focus({ preventScroll: true });
    return () => {
      // runs before React removes the element: focus is still inside when the popover closed itself
      const active = document.activeElement;
      if (!active || active === document.body || el.contains(active)) trigger.focus({ preventScroll: true });
    };
  }, [ref, state.triggerRef]);
}

/**
 * Shows a `popover` element (in the top layer) next to `anchorRef` while mounted, and keeps it
 * there when the page scrolls, the window resizes or its own content changes its size (results
 * arriving; opened above its anchor, its top moves with its height). The anchor's width is the
 * popover's `--anchor-width` (for popups as wide as their control).
 */
export function useAnchoredPlacement({ ref, anchorRef, align }: { ref: RefObject<HTMLElement | null>; anchorRef: RefObject<HTMLElement | null>; align: "start" | "end" }) {
  useLayoutEffect(() => {
    const el = ref.current;
    const anchor = anchorRef.current;
    if (!el || !anchor) return;
    // without the popover API (older browsers) it is a fixed-position layer (CSS)
    if (typeof el.showPopover === "function") el.showPopover();
    const place = () => placeNextTo({ el, anchor, align });
    place();
    // the page or a list scrolling moves the anchor; the popover's own scrolling does not
    const onScroll = (e: Event) => (e.target instanceof Node && el.contains(e.target) ? undefined : place());
    window.addEventListener("resize", place);
    window.addEventListener("scroll", onScroll, { capture: true, passive: true });
    // a new size is placed in the next frame (placing it in the observer's callback would loop)
    let frame = 0;
    const placeNextFrame = () => {
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          place();
        });
    };
    const resized = typeof ResizeObserver === "function" ? new ResizeObserver(placeNextFrame) : null;
    resized?.observe(el);
    return () => {
      window.removeEventListener("resize", place);
      window.removeEventListener("scroll", onScroll, { capture: true });
      resized?.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [ref, anchorRef, align]);
}

/** Puts a shown popover next to its anchor, as laid out now. */
function placeNextTo({ el, anchor, align }: { el: HTMLElement; anchor: HTMLElement; align: "start" | "end" }) {
  const at = anchor.getBoundingClientRect();
  el.style.setProperty("--anchor-width", `${at.width}px`);
  el.style.maxHeight = "";
  const box = el.getBoundingClientRect();
  const p = placePopover({
    trigger: at,
    size: { width: box.width, height: box.height },
    viewport: { width: document.documentElement.clientWidth, height: window.innerHeight },
    align,
  });
  el.style.top = `${p.top}px`;
  el.style.left = `${p.left}px`;
  el.style.maxHeight = p.maxHeight === undefined ? "" : `${p.maxHeight}px`;
}

/** A press anywhere but the popover and its trigger closes it. */
function usePressOutside(ref: RefObject<HTMLDivElement | null>, state: PopupState) {
  const { triggerRef, close } = state;
  useLayoutEffect(() => {
    const onDown = (e: PointerEvent) => {
      const target = e.target;
      if (!(target instanceof Node)) return;
      if (ref.current?.contains(target) || triggerRef.current?.contains(target)) return;
      close();
    };
    document.addEventListener("pointerdown", onDown, true);
    return () => document.removeEventListener("pointerdown", onDown, true);
  }, [ref, triggerRef, close]);
}

/** A non-modal dialog in a Popover (a panel of controls): it takes focus when shown, Tab moves through it, out of it closes it. */
export function PopoverDialog({ state, label, className, bodyClassName, align, children }: { state: PopupState; label: string; className?: string; bodyClassName?: string; align: "start" | "end"; children: ReactNode }) {
  return (
    <Popover state={state} className={className} align={align} initialFocus={(root) => root.querySelector<HTMLElement>('[role="dialog"]')}>
      <div role="dialog" aria-label={label} tabIndex={-1} className={bodyClassName}>
        {children}
      </div>
    </Popover>
  );
}
