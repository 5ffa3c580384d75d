// The relation picker as an override of the relation widget's plain id input and filter (single
// relations and multi relations alike, see `widgetFor`), which the app passes to its widget
// registry (app/app-widgets.ts). The picker loads on first
// use (or when a screen preloads it), so pages without relation fields never pay for it; once
// loaded it renders at once, with no Suspense fallback in between.
import { createElement, type ComponentType } from "react";
import { RelationIdInput } from "../../widgets/relation/relation-input.tsx";
import { RelationFilter } from "../../widgets/relation/relation-filter.tsx";
import type { WidgetFilterProps, WidgetInputProps, WidgetOverride } from "../../widgets/types.ts";
import { useLazyModule } from "../../ui/lazy-module.ts";
import { relationPickerModule } from "./relation-picker-module.ts";

/** While the picker loads, the plain id input stands in (same id and label, so nothing jumps). */
const RelationPickerInputLazy: ComponentType<WidgetInputProps> = (props) => {
  const picker = useLazyModule(relationPickerModule, true);
  return picker ? createElement(picker.RelationPickerInput, props) : createElement(RelationIdInput, { ...props, disabled: true });
};

const RelationPickerFilterLazy: ComponentType<WidgetFilterProps> = (props) => {
  const picker = useLazyModule(relationPickerModule, true);
  return picker ? createElement(picker.RelationPickerFilter, props) : createElement(RelationFilter, props);
};

export const relationPickerWidget: WidgetOverride = { id: "relation", Input: RelationPickerInputLazy, Filter: RelationPickerFilterLazy };
