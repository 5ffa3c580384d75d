import { defineWidgetKind } from "../define-widget-kind.tsx";
import type { relationEditors } from "./relation-editors.ts"; // the code loads with editors.ts, not with the list
import { RelationDisplay } from "./relation-display.tsx";

/** A reference to another resource's record (single or multi: `isMultiRelation`). */
export const relationWidget = defineWidgetKind<typeof relationEditors>({
  widgets: [{ id: "relation", aliases: ["relation_picker", "relationpicker"], Display: RelationDisplay, input: (e) => e.RelationIdInput, filter: (e) => e.RelationFilter }],
});
