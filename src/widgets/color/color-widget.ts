import { defineWidgetKind } from "../define-widget-kind.tsx";
import type { colorEditors } from "./color-editors.ts"; // the code loads with editors.ts, not with the list
import { ColorDisplay } from "./color-display.tsx";

/** A hex colour with a swatch. */
export const colorWidget = defineWidgetKind<typeof colorEditors>({
  widgets: [{ id: "color", Display: ColorDisplay, input: (e) => e.ColorInput, filter: (e) => e.ContainsFilter }],
});
