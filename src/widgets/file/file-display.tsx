import type { WidgetDisplayProps } from "../types.ts";
import { fieldLabel } from "../../protocol/labels.ts";
import { EmptyValue } from "../shared/empty-value.tsx";
import { highlightText } from "../shared/highlight.tsx";
import { isEmptyValue, valueToText } from "../shared/is-empty.ts";
import { fileNameOf, safeHref, safeImageSrc } from "../shared/safe-url.ts";
import { VisuallyHidden } from "../shared/visually-hidden.tsx";

/** An image as a small thumbnail in cells (larger in the detail view), with alt text. */
export function ImageDisplay({ name, field, value, variant }: WidgetDisplayProps) {
  if (isEmptyValue(value)) return <EmptyValue />;
  const url = valueToText(value).trim();
  const src = safeImageSrc(url);
  if (!src) return <span className="w-code">{url}</span>;
  const alt = `${fieldLabel(name, field)}: ${fileNameOf(url)}`;
  return variant === "cell" ? (
    <img className="w-thumb" src={src} alt={alt} loading="lazy" decoding="async" width={32} height={32} />
  ) : (
    <a className="w-image-link" href={src} target="_blank" rel="noopener noreferrer">
      <img className="w-image-detail" src={src} alt={alt} loading="lazy" decoding="async" />
      <VisuallyHidden> (opens in a new tab)</VisuallyHidden>
    </a>
  );
}

/** A file as a link named by its file name. */
export function FileDisplay({ value, highlight }: WidgetDisplayProps) {
  if (isEmptyValue(value)) return <EmptyValue />;
  const url = valueToText(value).trim();
  const href = safeHref(url);
  const text = fileNameOf(url);
  if (!href) return <>{highlightText(url, highlight)}</>;
  return (
    <a className="w-link" href={href} target="_blank" rel="noopener noreferrer" title={url}>
      {highlightText(text, highlight)}
      <VisuallyHidden> (opens in a new tab)</VisuallyHidden>
    </a>
  );
}
