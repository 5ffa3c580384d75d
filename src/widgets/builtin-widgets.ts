// The built-in entry for every canonical widget id (resolve-widget.ts WIDGET_IDS).
import type { WidgetEntry, WidgetId } from "./types.ts";
import { TextInput, EmailInput, UrlInput } from "./text/text-input.tsx";
import { PasswordInput } from "./text/password-input.tsx";
import { TextareaInput } from "./text/textarea-input.tsx";
import { EmailDisplay, PasswordDisplay, TextDisplay, UrlDisplay } from "./text/text-display.tsx";
import { ContainsFilter } from "./text/text-filter.tsx";
import { IntegerInput, NumberInput } from "./number/number-input.tsx";
import { IntegerDisplay, NumberDisplay } from "./number/number-display.tsx";
import { NumberRangeFilter } from "./number/number-range-filter.tsx";
import { CheckboxInput, SwitchInput } from "./boolean/checkbox-input.tsx";
import { BooleanDisplay } from "./boolean/boolean-display.tsx";
import { BooleanFilter } from "./boolean/boolean-filter.tsx";
import { SelectInput } from "./choice/select-input.tsx";
import { MultiselectInput } from "./choice/multiselect-input.tsx";
import { RadioInput } from "./choice/radio-input.tsx";
import { BadgeListDisplay, SelectDisplay } from "./choice/choice-display.tsx";
import { OptionsFilter } from "./choice/options-filter.tsx";
import { DateInput, DateTimeInput, TimeInput } from "./date/date-input.tsx";
import { DateDisplay, DateTimeDisplay, TimeDisplay } from "./date/date-display.tsx";
import { DateRangeFilter, DateTimeRangeFilter, TimeRangeFilter } from "./date/date-range-filter.tsx";
import { CodeDisplay, JsonDisplay } from "./json/json-display.tsx";
import { CodeInputLazy, JsonInputLazy, MarkdownInputLazy, RichTextInputLazy } from "./lazy-inputs.tsx";
import { MarkdownDisplay, RichTextDisplay } from "./rich/rich-display.tsx";
import { FileInput } from "./file/file-input.tsx";
import { FileDisplay, ImageDisplay } from "./file/file-display.tsx";
import { ColorInput } from "./color/color-input.tsx";
import { ColorDisplay } from "./color/color-display.tsx";
import { TagsFilter, TagsInput } from "./tags/tags-input.tsx";
import { SliderInput } from "./slider/slider-input.tsx";
import { RelationIdInput } from "./relation/relation-input.tsx";
import { RelationDisplay } from "./relation/relation-display.tsx";
import { RelationFilter } from "./relation/relation-filter.tsx";

type Parts = Omit<WidgetEntry, "id" | "align" | "group"> & Partial<Pick<WidgetEntry, "align" | "group">>;

function entry(id: WidgetId, parts: Parts): WidgetEntry {
  return { id, align: "start", group: false, ...parts };
}

export const BUILTIN_WIDGETS: Readonly<Record<WidgetId, WidgetEntry>> = {
  text: entry("text", { Input: TextInput, Display: TextDisplay, Filter: ContainsFilter }),
  email: entry("email", { Input: EmailInput, Display: EmailDisplay, Filter: ContainsFilter }),
  url: entry("url", { Input: UrlInput, Display: UrlDisplay, Filter: ContainsFilter }),
  password: entry("password", { Input: PasswordInput, Display: PasswordDisplay, Filter: null }),
  textarea: entry("textarea", { Input: TextareaInput, Display: TextDisplay, Filter: ContainsFilter }),
  number: entry("number", { Input: NumberInput, Display: NumberDisplay, Filter: NumberRangeFilter, align: "end" }),
  integer: entry("integer", { Input: IntegerInput, Display: IntegerDisplay, Filter: NumberRangeFilter, align: "end" }),
  checkbox: entry("checkbox", { Input: CheckboxInput, Display: BooleanDisplay, Filter: BooleanFilter, align: "center" }),
  switch: entry("switch", { Input: SwitchInput, Display: BooleanDisplay, Filter: BooleanFilter, align: "center" }),
  select: entry("select", { Input: SelectInput, Display: SelectDisplay, Filter: OptionsFilter, group: true }),
  multiselect: entry("multiselect", { Input: MultiselectInput, Display: BadgeListDisplay, Filter: OptionsFilter, group: true }),
  radio: entry("radio", { Input: RadioInput, Display: SelectDisplay, Filter: OptionsFilter, group: true }),
  date: entry("date", { Input: DateInput, Display: DateDisplay, Filter: DateRangeFilter }),
  datetime: entry("datetime", { Input: DateTimeInput, Display: DateTimeDisplay, Filter: DateTimeRangeFilter }),
  time: entry("time", { Input: TimeInput, Display: TimeDisplay, Filter: TimeRangeFilter }),
  json: entry("json", { Input: JsonInputLazy, Display: JsonDisplay, Filter: null }),
  code: entry("code", { Input: CodeInputLazy, Display: CodeDisplay, Filter: ContainsFilter }),
  relation: entry("relation", { Input: RelationIdInput, Display: RelationDisplay, Filter: RelationFilter }),
  file: entry("file", { Input: FileInput, Display: FileDisplay, Filter: ContainsFilter }),
  image: entry("image", { Input: FileInput, Display: ImageDisplay, Filter: null }),
  color: entry("color", { Input: ColorInput, Display: ColorDisplay, Filter: ContainsFilter }),
  tags: entry("tags", { Input: TagsInput, Display: BadgeListDisplay, Filter: TagsFilter }),
  richtext: entry("richtext", { Input: RichTextInputLazy, Display: RichTextDisplay, Filter: ContainsFilter }),
  markdown: entry("markdown", { Input: MarkdownInputLazy, Display: MarkdownDisplay, Filter: ContainsFilter }),
  slider: entry("slider", { Input: SliderInput, Display: NumberDisplay, Filter: NumberRangeFilter, align: "end", group: true }),
};
