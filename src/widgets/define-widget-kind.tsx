// A widget kind's module declares its widgets with this. Displays are in the kind module itself
// (the list renders them on its first screen); inputs and filters are in the kind's editors module
// (`<kind>-editors.ts`), which is in the editors chunk (editors.ts) and hands them over with
// `provideEditors` as it loads. Until then the entry's input and filter are late-bound stand-ins:
// a busy placeholder (with the same id, so the form's label still points at it) while they load
// the editors chunk. The screens that edit or filter import editors.ts, so they never show one.
import type { ComponentType } from "react";
import { lazyModule, useLazyModule } from "../ui/lazy-module.ts";
import type { WidgetDeclaration, WidgetEntry, WidgetFilterProps, WidgetId, WidgetInputProps, WidgetKind } from "./types.ts";
import { t } from "./messages.ts";

const editorsChunk = lazyModule(() => import("./editors.ts"));

/** A kind's editors once its editors module has run; while wanted and not there, loads the chunk. */
function useEditors<E>(provided: () => E | null): E | null {
  useLazyModule(editorsChunk, provided() === null);
  return provided();
}

function lateInput<E>(provided: () => E | null, pick: (e: E) => ComponentType<WidgetInputProps>, id: WidgetId): ComponentType<WidgetInputProps> {
  function LateInput(props: WidgetInputProps) {
    const editors = useEditors(provided);
    if (!editors) {
      return <input id={props.id} className="w-input" aria-busy="true" aria-describedby={props.describedBy || undefined} readOnly disabled placeholder={t("loading")} />;
    }
    const Input = pick(editors);
    return <Input {...props} />;
  }
  LateInput.displayName = `LateInput(${id})`;
  return LateInput;
}

function lateFilter<E>(provided: () => E | null, pick: (e: E) => ComponentType<WidgetFilterProps>, id: WidgetId): ComponentType<WidgetFilterProps> {
  function LateFilter(props: WidgetFilterProps) {
    const editors = useEditors(provided);
    if (!editors) return <p className="muted" aria-busy="true">{t("loading")}</p>;
    const Filter = pick(editors);
    return <Filter {...props} />;
  }
  LateFilter.displayName = `LateFilter(${id})`;
  return LateFilter;
}

/** A kind as its modules use it: the registry's view plus the hand-over of its editors. */
export interface DefinedWidgetKind<E> extends WidgetKind {
  /** Called by the kind's editors module as it loads. */
  provideEditors(editors: E): void;
}

/** A widget kind whose inputs and filters (`E`) are its editors module's. */
export function defineWidgetKind<E>({ widgets }: { widgets: readonly WidgetDeclaration<E>[] }): DefinedWidgetKind<E> {
  let editors: E | null = null;
  const provided = () => editors;
  const entries = widgets.map(
    (w): WidgetEntry => ({
      id: w.id,
      Display: w.Display,
      Input: lateInput(provided, w.input, w.id),
      Filter: w.filter ? lateFilter(provided, w.filter, w.id) : null,
      align: w.align ?? "start",
      group: w.group ?? false,
    }),
  );
  const aliases: Record<string, WidgetId> = {};
  for (const w of widgets) for (const alias of w.aliases ?? []) aliases[alias.toLowerCase()] = w.id;
  return {
    entries,
    aliases,
    hasEditors: () => editors !== null,
    provideEditors: (e) => {
      editors = e;
    },
  };
}
