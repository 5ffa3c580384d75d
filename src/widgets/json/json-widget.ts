import { defineWidgetKind } from "../define-widget-kind.tsx";
import type { jsonEditors } from "./json-editors.ts"; // the code loads with editors.ts, not with the list
import { CodeDisplay, JsonDisplay } from "./json-display.tsx";

/** JSON values (edited as text that must parse) and code. */
export const jsonWidget = defineWidgetKind<typeof jsonEditors>({
  widgets: [
    { id: "json", Display: JsonDisplay, input: (e) => e.JsonInput, filter: null },
    { id: "code", Display: CodeDisplay, input: (e) => e.CodeInput, filter: (e) => e.ContainsFilter },
  ],
});
