// Lazily loaded editors: Markdown and HTML rich text as a textarea with a sanitized live preview.
import { useId, useRef } from "react";
import type { WidgetInputProps } from "../types.ts";
import { nativeInputAttrs } from "../shared/input-attrs.ts";
import { valueToText } from "../shared/is-empty.ts";
import { useAutoGrow } from "../text/textarea-input.tsx";
import { SafeHtml, SafeMarkdown } from "./safe-html.tsx";
import { t } from "../messages.ts";

function MarkupInput(props: WidgetInputProps & { kind: "markdown" | "html" }) {
  const { value, onChange, field, label, kind } = props;
  const ref = useRef<HTMLTextAreaElement>(null);
  const previewId = useId();
  const text = valueToText(value);
  useAutoGrow(ref, text);
  return (
    <div className="w-markup">
      <textarea
        {...nativeInputAttrs(props)}
        ref={ref}
        className="w-input w-textarea w-code"
        rows={6}
        spellCheck={kind === "markdown"}
        placeholder={field.placeholder}
        maxLength={field.max_length}
        value={text}
        onChange={(e) => onChange(e.target.value === "" ? null : e.target.value)}
      />
      <section className="w-preview" aria-labelledby={previewId}>
        <div id={previewId} className="w-preview-title">
          {t("preview")}<span className="w-sr-only"> {t("previewOf", { label })}</span>
        </div>
        {text.trim() === "" ? (
          <p className="w-muted">{t("nothingToPreview")}</p>
        ) : kind === "markdown" ? (
          <SafeMarkdown markdown={text} />
        ) : (
          <SafeHtml html={text} />
        )}
      </section>
    </div>
  );
}

export function MarkdownInput(props: WidgetInputProps) {
  return <MarkupInput {...props} kind="markdown" />;
}

export function RichTextInput(props: WidgetInputProps) {
  return <MarkupInput {...props} kind="html" />;
}
