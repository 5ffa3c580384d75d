import { defineWidgetKind } from "../define-widget-kind.tsx";
import type { richEditors } from "./rich-editors.ts"; // the code loads with editors.ts, not with the list
import { MarkdownDisplay, RichTextDisplay } from "./rich-display.tsx";

/** HTML rich text and Markdown (shown sanitised). */
export const richWidget = defineWidgetKind<typeof richEditors>({
  widgets: [
    { id: "richtext", aliases: ["rich_text", "wysiwyg"], Display: RichTextDisplay, input: (e) => e.RichTextInput, filter: (e) => e.ContainsFilter },
    { id: "markdown", aliases: ["md"], Display: MarkdownDisplay, input: (e) => e.MarkdownInput, filter: (e) => e.ContainsFilter },
  ],
});
