// Where a popover goes next to its trigger: below it (or above when there is more room there),
// aligned to the trigger's start or end edge, kept inside the viewport. Pure geometry, so the
// rules are unit-tested without a layout engine.

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface PlacePopoverInput {
  trigger: Rect;
  /** The popover's own size, as laid out. */
  size: { width: number; height: number };
  viewport: { width: number; height: number };
  /** Which edge of the trigger the popover lines up with. */
  align: "start" | "end";
  /** Space between trigger and popover. */
  gap?: number;
  /** Space kept free at the viewport's edges. */
  margin?: number;
}

export interface Placement {
  top: number;
  left: number;
  side: "bottom" | "top";
  /** Set when the popover is taller than the room on its side (it scrolls then). */
  maxHeight?: number;
}

export function placePopover({ trigger, size, viewport, align, gap = 8, margin = 8 }: PlacePopoverInput): Placement {
  const below = viewport.height - trigger.bottom - gap - margin;
  const above = trigger.top - gap - margin;
  const side = size.height <= below || below >= above ? "bottom" : "top";
  const room = side === "bottom" ? below : above;
  const height = Math.min(size.height, room);
  const top = side === "bottom" ? trigger.bottom + gap : trigger.top - gap - height;
  const wanted = align === "end" ? trigger.right - size.width : trigger.left;
  const left = Math.max(margin, Math.min(wanted, viewport.width - margin - size.width));
  return { top, left, side, ...(size.height > room ? { maxHeight: Math.max(room, 0) } : {}) };
}
