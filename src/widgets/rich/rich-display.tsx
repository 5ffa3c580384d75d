import { lazy, Suspense } from "react";
import type { WidgetDisplayProps } from "../types.ts";
import { EmptyValue } from "../shared/empty-value.tsx";
import { isEmptyValue, valueToText } from "../shared/is-empty.ts";
import { stripHtml, stripMarkdown } from "../shared/strip-markup.ts";
import { TruncatedText } from "../shared/truncated-text.tsx";

const SafeHtml = lazy(() => import("./safe-html.tsx").then((m) => ({ default: m.SafeHtml })));
const SafeMarkdown = lazy(() => import("./safe-html.tsx").then((m) => ({ default: m.SafeMarkdown })));

function Fallback({ text }: { text: string }) {
  return <div className="w-prose w-loading">{text}</div>;
}

/** Rich text (HTML): stripped plain text in cells, sanitized HTML in the detail view. */
export function RichTextDisplay({ value, variant, highlight }: WidgetDisplayProps) {
  if (isEmptyValue(value)) return <EmptyValue />;
  const html = valueToText(value);
  if (variant === "cell") return <TruncatedText text={stripHtml(html)} highlight={highlight} />;
  return (
    <Suspense fallback={<Fallback text={stripHtml(html)} />}>
      <SafeHtml html={html} />
    </Suspense>
  );
}

/** Markdown: stripped plain text in cells, rendered and sanitized HTML in the detail view. */
export function MarkdownDisplay({ value, variant, highlight }: WidgetDisplayProps) {
  if (isEmptyValue(value)) return <EmptyValue />;
  const md = valueToText(value);
  if (variant === "cell") return <TruncatedText text={stripMarkdown(md)} highlight={highlight} />;
  return (
    <Suspense fallback={<Fallback text={stripMarkdown(md)} />}>
      <SafeMarkdown markdown={md} />
    </Suspense>
  );
}
