import { defineWidgetKind } from "../define-widget-kind.tsx";
import type { sliderEditors } from "./slider-editors.ts"; // the code loads with editors.ts, not with the list
import { NumberDisplay } from "../number/number-display.tsx";

/** A number between `min` and `max` on a slider (a group that labels itself). */
export const sliderWidget = defineWidgetKind<typeof sliderEditors>({
  widgets: [{ id: "slider", aliases: ["range"], Display: NumberDisplay, input: (e) => e.SliderInput, filter: (e) => e.NumberRangeFilter, align: "end", group: true }],
});
