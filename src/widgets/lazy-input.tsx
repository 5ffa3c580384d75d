// Heavy editors (json/code, markdown/richtext) load on first use, even after their kind's editors
// module has: the form loads every kind's editors, and most forms have none of these.
import { lazy, Suspense, type ComponentType } from "react";
import type { WidgetInputProps } from "./types.ts";
import { t } from "./messages.ts";

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
      placeholder={t("loadingEditor")}
    />
  );
}

/** An input whose code loads when it first renders (a textarea stands in meanwhile). */
export function lazyInput(load: () => Promise<ComponentType<WidgetInputProps>>): ComponentType<WidgetInputProps> {
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
