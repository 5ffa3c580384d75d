import { defineWidgetKind } from "../define-widget-kind.tsx";
import type { tagsEditors } from "./tags-editors.ts"; // the code loads with editors.ts, not with the list
import { BadgeListDisplay } from "../choice/choice-display.tsx";

/** Free-form tags (a list of strings), shown as badges. */
export const tagsWidget = defineWidgetKind<typeof tagsEditors>({
  widgets: [{ id: "tags", Display: BadgeListDisplay, input: (e) => e.TagsInput, filter: (e) => e.TagsFilter }],
});
