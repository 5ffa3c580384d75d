import { defineWidgetKind } from "../define-widget-kind.tsx";
import type { fileEditors } from "./file-editors.ts"; // the code loads with editors.ts, not with the list
import { FileDisplay, ImageDisplay } from "./file-display.tsx";

/** Files and images (uploaded when the app has an upload service, else edited as a URL). */
export const fileWidget = defineWidgetKind<typeof fileEditors>({
  widgets: [
    { id: "file", aliases: ["upload"], Display: FileDisplay, input: (e) => e.FileInput, filter: (e) => e.ContainsFilter },
    { id: "image", Display: ImageDisplay, input: (e) => e.FileInput, filter: null },
  ],
});
