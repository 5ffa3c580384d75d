// Only imported from lazily loaded modules: DOMPurify and marked stay out of the list bundle.
import DOMPurify from "dompurify";
import { marked } from "marked";

/** HTML safe to insert: scripts, event handlers and javascript: URLs removed; links open safely. */
export function sanitizeHtml(html: string): string {
  const clean = DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ["style", "form", "input", "button", "textarea", "select"],
    FORBID_ATTR: ["style"],
  });
  return clean;
}

/** Markdown → sanitized HTML. */
export function markdownToSafeHtml(md: string): string {
  const html = marked.parse(md, { async: false, gfm: true, breaks: false });
  return sanitizeHtml(html);
}
