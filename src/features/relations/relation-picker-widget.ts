// The relation picker as an override of the relation widget's plain id input and filter (single
// relations and multi relations alike, see `widgetFor`), which the app passes to its widget
// registry (app/app-widgets.ts). The picker loads on first use (or when a screen preloads it), so
// pages without relation fields never pay for it; once loaded it renders at once, with no
// Suspense fallback in between.
import { createElement, type ComponentType } from "react";
import { relationWidget } from "../../widgets/relation/relation-widget.ts";
import type { WidgetFilterProps, WidgetInputProps, WidgetOverride } from "../../widgets/types.ts";
import { useLazyModule } from "../../ui/lazy-module.ts";
import { relationPickerModule } from "./relation-picker-module.ts";

// The relation kind's own input and filter (the plain id ones, late-bound to the editors chunk
// like every kind's): the stand-ins while the picker loads, without weighing on the list's first
// screen (the shell that declares this override).
const plain = relationWidget.entries[0];
if (!plain?.Filter) throw new Error("relation-widget.ts declares the relation widget with an input and a filter");
const PlainInput = plain.Input;
const PlainFilter = plain.Filter;

/** While the picker loads, the plain id input stands in (same id and label, so nothing jumps). */
const RelationPickerInputLazy: ComponentType<WidgetInputProps> = (props) => {
  const picker = useLazyModule(relationPickerModule, true);
  return picker ? createElement(picker.RelationPickerInput, props) : createElement(PlainInput, { ...props, disabled: true });
};

const RelationPickerFilterLazy: ComponentType<WidgetFilterProps> = (props) => {
  const picker = useLazyModule(relationPickerModule, true);
  return picker ? createElement(picker.RelationPickerFilter, props) : createElement(PlainFilter, props);
};

export const relationPickerWidget: WidgetOverride = { id: "relation", Input: RelationPickerInputLazy, Filter: RelationPickerFilterLazy };
