// The rich-text kind's inputs and filter, in the editors chunk (editors.ts), loaded lazily; the
// editors themselves (with the sanitiser and the Markdown renderer) load on first use.
import { lazyInput } from "../lazy-input.tsx";
import { ContainsFilter } from "../text/text-filter.tsx";
import { richWidget } from "./rich-widget.ts";

export const richEditors = {
  RichTextInput: lazyInput(() => import("./markup-input.tsx").then((m) => m.RichTextInput)),
  MarkdownInput: lazyInput(() => import("./markup-input.tsx").then((m) => m.MarkdownInput)),
  ContainsFilter,
};

richWidget.provideEditors(richEditors);
