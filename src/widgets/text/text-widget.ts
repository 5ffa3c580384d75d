import { defineWidgetKind } from "../define-widget-kind.tsx";
import type { textEditors } from "./text-editors.ts"; // the code loads with editors.ts, not with the list
import { EmailDisplay, PasswordDisplay, TextDisplay, UrlDisplay } from "./text-display.tsx";

/** Single-line text of each HTML type, and multi-line text. */
export const textWidget = defineWidgetKind<typeof textEditors>({
  widgets: [
    { id: "text", Display: TextDisplay, input: (e) => e.TextInput, filter: (e) => e.ContainsFilter },
    { id: "email", Display: EmailDisplay, input: (e) => e.EmailInput, filter: (e) => e.ContainsFilter },
    { id: "url", Display: UrlDisplay, input: (e) => e.UrlInput, filter: (e) => e.ContainsFilter },
    { id: "password", Display: PasswordDisplay, input: (e) => e.PasswordInput, filter: null },
    { id: "textarea", Display: TextDisplay, input: (e) => e.TextareaInput, filter: (e) => e.ContainsFilter },
  ],
});
