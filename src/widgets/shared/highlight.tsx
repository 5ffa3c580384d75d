import type { ReactNode } from "react";

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Split `text` around case-insensitive matches of `term`, wrapping matches in `<mark>`. A function,
 * not a component: list cells call it hundreds of times per page.
 */
export function highlightText(text: string, term: string | undefined): ReactNode {
  const t = term?.trim();
  if (!t || text === "") return text;
  const parts = text.split(new RegExp(`(${escapeRegExp(t)})`, "gi"));
  if (parts.length === 1) return text;
  return parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part || null));
}
