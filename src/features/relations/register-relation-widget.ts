// Side-effect module: the relation picker replaces the plain id input and filter of the relation
// widget (single relations and multi relations alike, see `widgetFor`). The picker loads on first
// use, so pages without relation fields never pay for it.
import { createElement, lazy, Suspense, type ComponentType } from "react";
import { registerWidget } from "../../widgets/registry.ts";
import { RelationIdInput } from "../../widgets/relation/relation-input.tsx";
import { RelationFilter } from "../../widgets/relation/relation-filter.tsx";
import type { WidgetFilterProps, WidgetInputProps } from "../../widgets/types.ts";

const LazyInput = lazy(() => import("./relation-picker-widgets.tsx").then((m) => ({ default: m.RelationPickerInput })));
const LazyFilter = lazy(() => import("./relation-picker-widgets.tsx").then((m) => ({ default: m.RelationPickerFilter })));

/** While the picker loads, the plain id input stands in (same id and label, so nothing jumps). */
const RelationPickerInputLazy: ComponentType<WidgetInputProps> = (props) =>
  createElement(Suspense, { fallback: createElement(RelationIdInput, { ...props, disabled: true }) }, createElement(LazyInput, props));

const RelationPickerFilterLazy: ComponentType<WidgetFilterProps> = (props) =>
  createElement(Suspense, { fallback: createElement(RelationFilter, props) }, createElement(LazyFilter, props));

registerWidget("relation", { Input: RelationPickerInputLazy, Filter: RelationPickerFilterLazy });
