// The tags kind's input and filter, in the editors chunk (editors.ts), loaded lazily.
import { TagsFilter, TagsInput } from "./tags-input.tsx";
import { tagsWidget } from "./tags-widget.ts";

export const tagsEditors = { TagsInput, TagsFilter };

tagsWidget.provideEditors(tagsEditors);
