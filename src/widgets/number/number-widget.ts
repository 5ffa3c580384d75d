import { defineWidgetKind } from "../define-widget-kind.tsx";
import type { numberEditors } from "./number-editors.ts"; // the code loads with editors.ts, not with the list
import { IntegerDisplay, NumberDisplay } from "./number-display.tsx";

/** Numbers (end-aligned in tables), filtered by a range. */
export const numberWidget = defineWidgetKind<typeof numberEditors>({
  widgets: [
    { id: "number", Display: NumberDisplay, input: (e) => e.NumberInput, filter: (e) => e.NumberRangeFilter, align: "end" },
    { id: "integer", Display: IntegerDisplay, input: (e) => e.IntegerInput, filter: (e) => e.NumberRangeFilter, align: "end" },
  ],
});
