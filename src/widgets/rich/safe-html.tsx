// Lazily loaded: renders sanitized HTML / Markdown (detail views and editor previews).
import { markdownToSafeHtml, sanitizeHtml } from "./sanitize-html.ts";

export function SafeHtml({ html, className }: { html: string; className?: string }) {
  return <div className={["w-prose", className].filter(Boolean).join(" ")} dangerouslySetInnerHTML={{ __html: sanitizeHtml(html) }} />;
}

export function SafeMarkdown({ markdown, className }: { markdown: string; className?: string }) {
  return <div className={["w-prose", className].filter(Boolean).join(" ")} dangerouslySetInnerHTML={{ __html: markdownToSafeHtml(markdown) }} />;
}

export default SafeHtml;
