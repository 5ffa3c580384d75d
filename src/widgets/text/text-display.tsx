import type { WidgetDisplayProps } from "../types.ts";
import { EmptyValue } from "../shared/empty-value.tsx";
import { highlightText } from "../shared/highlight.tsx";
import { isEmptyValue, valueToText } from "../shared/is-empty.ts";
import { leavesOrigin, recordLink } from "../shared/record-url.ts";
import { TruncatedText } from "../shared/truncated-text.tsx";
import { VisuallyHidden } from "../shared/visually-hidden.tsx";
import { t } from "../messages.ts";

function TextBody({
  text,
  variant,
  highlight,
  max,
  focusable = true,
}: {
  text: string;
  variant: "cell" | "detail";
  highlight?: string | undefined;
  max?: number;
  focusable?: boolean;
}) {
  if (variant === "cell") return <TruncatedText text={text} highlight={highlight} focusable={focusable} {...(max ? { max } : {})} />;
  return (
    <span className="w-text-detail">
      {highlightText(text, highlight)}
    </span>
  );
}

/** Plain text: truncated in cells (full value on hover/focus), whole in the detail view. */
export function TextDisplay({ value, variant, highlight }: WidgetDisplayProps) {
  if (isEmptyValue(value)) return <EmptyValue />;
  return <TextBody text={valueToText(value)} variant={variant} highlight={highlight} />;
}

export function EmailDisplay({ value, variant, highlight }: WidgetDisplayProps) {
  if (isEmptyValue(value)) return <EmptyValue />;
  const text = valueToText(value).trim();
  const valid = /^[^\s@<>]+@[^\s@<>]+$/.test(text);
  if (!valid) return <TextBody text={text} variant={variant} highlight={highlight} max={60} />;
  return (
    <a className="w-link" href={`mailto:${text}`}>
      <TextBody text={text} variant={variant} highlight={highlight} max={60} focusable={false} />
    </a>
  );
}

export function UrlDisplay({ value, variant, highlight }: WidgetDisplayProps) {
  if (isEmptyValue(value)) return <EmptyValue />;
  const text = valueToText(value).trim();
  const href = recordLink(text);
  if (!href) return <TextBody text={text} variant={variant} highlight={highlight} max={60} />;
  const external = leavesOrigin(href);
  return (
    <a className="w-link" href={href} {...(external ? { target: "_blank", rel: "noopener noreferrer" } : {})}>
      <TextBody text={text} variant={variant} highlight={highlight} max={60} focusable={false} />
      {external && <VisuallyHidden> {t("opensInNewTab")}</VisuallyHidden>}
    </a>
  );
}

/** Never shows a password: a fixed mask with accessible text. */
export function PasswordDisplay({ value }: WidgetDisplayProps) {
  if (isEmptyValue(value)) return <EmptyValue />;
  return (
    <span className="w-masked">
      <span aria-hidden="true">••••••</span>
      <VisuallyHidden>{t("hiddenPassword")}</VisuallyHidden>
    </span>
  );
}
