import { defineWidgetKind } from "../define-widget-kind.tsx";
import type { booleanEditors } from "./boolean-editors.ts"; // the code loads with editors.ts, not with the list
import { BooleanDisplay } from "./boolean-display.tsx";

/** Yes/no values: a checkbox or a switch (centred in tables). */
export const booleanWidget = defineWidgetKind<typeof booleanEditors>({
  widgets: [
    { id: "checkbox", aliases: ["boolean"], Display: BooleanDisplay, input: (e) => e.CheckboxInput, filter: (e) => e.BooleanFilter, align: "center" },
    { id: "switch", aliases: ["toggle"], Display: BooleanDisplay, input: (e) => e.SwitchInput, filter: (e) => e.BooleanFilter, align: "center" },
  ],
});
