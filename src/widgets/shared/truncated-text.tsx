import { highlightText } from "./highlight.tsx";

export const CELL_MAX_CHARS = 80;

/**
 * Text cut to `max` characters in list cells. The full value stays available: as the `title`
 * tooltip on hover, shown in a popup on keyboard focus (the element is focusable), and read in
 * full by screen readers (the cut copy is hidden from them).
 */
export function TruncatedText({
  text,
  max = CELL_MAX_CHARS,
  highlight,
  className,
  focusable = true,
}: {
  text: string;
  /** False inside an already focusable element (a link). */
  focusable?: boolean;
  max?: number;
  highlight?: string | undefined;
  className?: string;
}) {
  const single = text.replace(/\s+/g, " ").trim();
  if (single.length <= max) {
    return (
      <span className={className}>
        {highlightText(text, highlight)}
      </span>
    );
  }
  const cut = single.slice(0, max).trimEnd() + "…";
  return (
    <span className={["w-trunc", className].filter(Boolean).join(" ")} title={single} tabIndex={focusable ? 0 : undefined}>
      <span className="w-trunc-short" aria-hidden="true">
        {highlightText(cut, highlight)}
      </span>
      <span className="w-trunc-full">
        {highlightText(single, highlight)}
      </span>
    </span>
  );
}
