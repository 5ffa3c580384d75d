import { defineWidgetKind } from "../define-widget-kind.tsx";
import type { choiceEditors } from "./choice-editors.ts"; // the code loads with editors.ts, not with the list
import { BadgeListDisplay, SelectDisplay } from "./choice-display.tsx";

/** One or several choices from the field's `options` (groups that label themselves). */
export const choiceWidget = defineWidgetKind<typeof choiceEditors>({
  widgets: [
    { id: "select", Display: SelectDisplay, input: (e) => e.SelectInput, filter: (e) => e.OptionsFilter, group: true },
    { id: "multiselect", aliases: ["multi_select", "multi-select"], Display: BadgeListDisplay, input: (e) => e.MultiselectInput, filter: (e) => e.OptionsFilter, group: true },
    { id: "radio", Display: SelectDisplay, input: (e) => e.RadioInput, filter: (e) => e.OptionsFilter, group: true },
  ],
});
