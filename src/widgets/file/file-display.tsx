import type { WidgetDisplayProps } from "../types.ts";
import { fieldLabel } from "../../protocol/labels.ts";
import { EmptyValue } from "../shared/empty-value.tsx";
import { highlightText } from "../shared/highlight.tsx";
import { isEmptyValue, valueToText } from "../shared/is-empty.ts";
import { fileNameOf } from "../shared/file-name.ts";
import { recordImage, recordLink } from "../shared/record-url.ts";
import { VisuallyHidden } from "../shared/visually-hidden.tsx";
import { t } from "../messages.ts";

/** An image as a small thumbnail in cells (larger in the detail view), with alt text. */
export function ImageDisplay({ name, field, value, variant }: WidgetDisplayProps) {
  if (isEmptyValue(value)) return <EmptyValue />;
  const url = valueToText(value).trim();
  const src = recordImage(url);
  if (!src) return <span className="w-code">{url}</span>;
  const alt = `${fieldLabel(name, field)}: ${fileNameOf(url)}`;
  if (variant === "cell") return <img className="w-thumb" src={src} alt={alt} loading="lazy" decoding="async" width={32} height={32} />;
  const image = <img className="w-image-detail" src={src} alt={alt} loading="lazy" decoding="async" />;
  // a data: image is not a link target (browsers refuse to open one)
  const href = recordLink(url);
  return href ? (
    <a className="w-image-link" href={href} target="_blank" rel="noopener noreferrer">
      {image}
      <VisuallyHidden> {t("opensInNewTab")}</VisuallyHidden>
    </a>
  ) : (
    image
  );
}

/** A file as a link named by its file name. */
export function FileDisplay({ value, highlight }: WidgetDisplayProps) {
  if (isEmptyValue(value)) return <EmptyValue />;
  const url = valueToText(value).trim();
  const href = recordLink(url);
  const text = fileNameOf(url);
  if (!href) return <>{highlightText(url, highlight)}</>;
  return (
    <a className="w-link" href={href} target="_blank" rel="noopener noreferrer" title={url}>
      {highlightText(text, highlight)}
      <VisuallyHidden> {t("opensInNewTab")}</VisuallyHidden>
    </a>
  );
}
