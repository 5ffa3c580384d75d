// Late binding of the built-in inputs and filters: the registry's entries are these small
// components, which render the real one from editors.ts once it is there (synchronously when a
// screen has imported editors.ts, as the form and the filter panel do; otherwise it is loaded
// and a busy placeholder stands in meanwhile).
import type { ComponentType } from "react";
import { lazyModule, useLazyModule } from "../ui/lazy-module.ts";
import type { Editors } from "./editors.ts";
import type { WidgetFilterProps, WidgetInputProps } from "./types.ts";

let provided: Editors | null = null;

/** Called by editors.ts as it loads. */
export function provideEditors(editors: Editors): void {
  provided = editors;
}

const editorsModule = lazyModule(() => import("./editors.ts").then((m) => m.EDITORS));

function useEditors(): Editors | null {
  const loaded = useLazyModule(editorsModule, provided === null);
  return provided ?? loaded;
}

type InputName = { [K in keyof Editors]: Editors[K] extends ComponentType<WidgetInputProps> ? K : never }[keyof Editors];
type FilterName = { [K in keyof Editors]: Editors[K] extends ComponentType<WidgetFilterProps> ? K : never }[keyof Editors];

export function lateInput(name: InputName): ComponentType<WidgetInputProps> {
  function LateInput(props: WidgetInputProps) {
    const editors = useEditors();
    if (!editors) {
      return <input id={props.id} className="w-input" aria-busy="true" aria-describedby={props.describedBy || undefined} readOnly disabled placeholder="Loading…" />;
    }
    const Input = editors[name] as ComponentType<WidgetInputProps>;
    return <Input {...props} />;
  }
  LateInput.displayName = `Late(${name})`;
  return LateInput;
}

export function lateFilter(name: FilterName): ComponentType<WidgetFilterProps> {
  function LateFilter(props: WidgetFilterProps) {
    const editors = useEditors();
    if (!editors) return <p className="muted" aria-busy="true">Loading…</p>;
    const Filter = editors[name] as ComponentType<WidgetFilterProps>;
    return <Filter {...props} />;
  }
  LateFilter.displayName = `Late(${name})`;
  return LateFilter;
}
