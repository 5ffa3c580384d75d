// Heavy editors load on first use, so list pages never pay for them.
import { lazy, Suspense, type ComponentType } from "react";
import type { WidgetInputProps } from "./types.ts";

/** Stands in (with the same id, so the form's label still points at it) while an editor loads. */
function EditorFallback(props: WidgetInputProps) {
  return (
    <textarea
      id={props.id}
      className="w-input w-textarea w-loading"
      aria-busy="true"
      aria-describedby={props.describedBy || undefined}
      readOnly
      rows={4}
      value=""
      placeholder="Loading editor…"
    />
  );
}

function lazyInput(load: () => Promise<ComponentType<WidgetInputProps>>): ComponentType<WidgetInputProps> {
  const Lazy = lazy(async () => ({ default: await load() }));
  function LazyInput(props: WidgetInputProps) {
    return (
      <Suspense fallback={<EditorFallback {...props} />}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return LazyInput;
}

export const JsonInputLazy = lazyInput(() => import("./json/json-input.tsx").then((m) => m.JsonInput));
export const CodeInputLazy = lazyInput(() => import("./json/json-input.tsx").then((m) => m.CodeInput));
export const MarkdownInputLazy = lazyInput(() => import("./rich/markup-input.tsx").then((m) => m.MarkdownInput));
export const RichTextInputLazy = lazyInput(() => import("./rich/markup-input.tsx").then((m) => m.RichTextInput));
