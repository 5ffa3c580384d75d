// The built-in entry for every canonical widget id (resolve-widget.ts WIDGET_IDS).
// Displays are here (the list renders them on its first screen); inputs and filters are bound late
// (editor-slot.tsx): their code, with the popup library, is in editors.ts, loaded by the form,
// the filter panel and bulk edit.
import type { WidgetEntry, WidgetId } from "./types.ts";
import { EmailDisplay, PasswordDisplay, TextDisplay, UrlDisplay } from "./text/text-display.tsx";
import { IntegerDisplay, NumberDisplay } from "./number/number-display.tsx";
import { BooleanDisplay } from "./boolean/boolean-display.tsx";
import { BadgeListDisplay, SelectDisplay } from "./choice/choice-display.tsx";
import { DateDisplay, DateTimeDisplay, TimeDisplay } from "./date/date-display.tsx";
import { CodeDisplay, JsonDisplay } from "./json/json-display.tsx";
import { MarkdownDisplay, RichTextDisplay } from "./rich/rich-display.tsx";
import { FileDisplay, ImageDisplay } from "./file/file-display.tsx";
import { ColorDisplay } from "./color/color-display.tsx";
import { RelationDisplay } from "./relation/relation-display.tsx";
import { lateFilter, lateInput } from "./editor-slot.tsx";

type Parts = Omit<WidgetEntry, "id" | "align" | "group"> & Partial<Pick<WidgetEntry, "align" | "group">>;

function entry(id: WidgetId, parts: Parts): WidgetEntry {
  return { id, align: "start", group: false, ...parts };
}

export const BUILTIN_WIDGETS: Readonly<Record<WidgetId, WidgetEntry>> = {
  text: entry("text", { Input: lateInput("TextInput"), Display: TextDisplay, Filter: lateFilter("ContainsFilter") }),
  email: entry("email", { Input: lateInput("EmailInput"), Display: EmailDisplay, Filter: lateFilter("ContainsFilter") }),
  url: entry("url", { Input: lateInput("UrlInput"), Display: UrlDisplay, Filter: lateFilter("ContainsFilter") }),
  password: entry("password", { Input: lateInput("PasswordInput"), Display: PasswordDisplay, Filter: null }),
  textarea: entry("textarea", { Input: lateInput("TextareaInput"), Display: TextDisplay, Filter: lateFilter("ContainsFilter") }),
  number: entry("number", { Input: lateInput("NumberInput"), Display: NumberDisplay, Filter: lateFilter("NumberRangeFilter"), align: "end" }),
  integer: entry("integer", { Input: lateInput("IntegerInput"), Display: IntegerDisplay, Filter: lateFilter("NumberRangeFilter"), align: "end" }),
  checkbox: entry("checkbox", { Input: lateInput("CheckboxInput"), Display: BooleanDisplay, Filter: lateFilter("BooleanFilter"), align: "center" }),
  switch: entry("switch", { Input: lateInput("SwitchInput"), Display: BooleanDisplay, Filter: lateFilter("BooleanFilter"), align: "center" }),
  select: entry("select", { Input: lateInput("SelectInput"), Display: SelectDisplay, Filter: lateFilter("OptionsFilter"), group: true }),
  multiselect: entry("multiselect", { Input: lateInput("MultiselectInput"), Display: BadgeListDisplay, Filter: lateFilter("OptionsFilter"), group: true }),
  radio: entry("radio", { Input: lateInput("RadioInput"), Display: SelectDisplay, Filter: lateFilter("OptionsFilter"), group: true }),
  date: entry("date", { Input: lateInput("DateInput"), Display: DateDisplay, Filter: lateFilter("DateRangeFilter") }),
  datetime: entry("datetime", { Input: lateInput("DateTimeInput"), Display: DateTimeDisplay, Filter: lateFilter("DateTimeRangeFilter") }),
  time: entry("time", { Input: lateInput("TimeInput"), Display: TimeDisplay, Filter: lateFilter("TimeRangeFilter") }),
  json: entry("json", { Input: lateInput("JsonInputLazy"), Display: JsonDisplay, Filter: null }),
  code: entry("code", { Input: lateInput("CodeInputLazy"), Display: CodeDisplay, Filter: lateFilter("ContainsFilter") }),
  relation: entry("relation", { Input: lateInput("RelationIdInput"), Display: RelationDisplay, Filter: lateFilter("RelationFilter") }),
  file: entry("file", { Input: lateInput("FileInput"), Display: FileDisplay, Filter: lateFilter("ContainsFilter") }),
  image: entry("image", { Input: lateInput("FileInput"), Display: ImageDisplay, Filter: null }),
  color: entry("color", { Input: lateInput("ColorInput"), Display: ColorDisplay, Filter: lateFilter("ContainsFilter") }),
  tags: entry("tags", { Input: lateInput("TagsInput"), Display: BadgeListDisplay, Filter: lateFilter("TagsFilter") }),
  richtext: entry("richtext", { Input: lateInput("RichTextInputLazy"), Display: RichTextDisplay, Filter: lateFilter("ContainsFilter") }),
  markdown: entry("markdown", { Input: lateInput("MarkdownInputLazy"), Display: MarkdownDisplay, Filter: lateFilter("ContainsFilter") }),
  slider: entry("slider", { Input: lateInput("SliderInput"), Display: NumberDisplay, Filter: lateFilter("NumberRangeFilter"), align: "end", group: true }),
};
