import type { CSSProperties } from "react";
import type { SelectOption } from "../../protocol/types.ts";
import { parseColor, textColorOn } from "../../ui/color.ts";
import { highlightText } from "../shared/highlight.tsx";

/** Inline styles for a badge in an option colour, with black or white text for contrast. */
export function badgeStyle(color: string | undefined): CSSProperties | undefined {
  if (!color || !parseColor(color)) return undefined;
  const fg = textColorOn(color);
  return fg ? { backgroundColor: color.trim(), color: fg, borderColor: "transparent" } : undefined;
}

/** A small labelled badge; coloured when the option has a `color`. */
export function Badge({ text, color, highlight }: { text: string; color?: string | undefined; highlight?: string | undefined }) {
  const style = badgeStyle(color);
  return (
    <span className={style ? "w-badge w-badge-colored" : "w-badge"} style={style}>
      {highlightText(text, highlight)}
    </span>
  );
}

export function OptionBadge({ option, highlight }: { option: SelectOption; highlight?: string | undefined }) {
  return <Badge text={option.label || option.value} color={option.color} highlight={highlight} />;
}

/** A colour dot shown next to an option in pickers (decorative). */
export function OptionSwatch({ color }: { color?: string | undefined }) {
  if (!color || !parseColor(color)) return null;
  return <span className="w-swatch w-swatch-sm" style={{ backgroundColor: color.trim() }} aria-hidden="true" />;
}
