// Every built-in widget's input and filter (with the popup library some of them use): one chunk,
// loaded by the screens that edit or filter (the form, the filter panel, bulk edit), not by the
// list's first screen. Importing this module makes the registry's late-bound entries render
// these components directly (editor-slot.tsx).
import { TextInput, EmailInput, UrlInput } from "./text/text-input.tsx";
import { PasswordInput } from "./text/password-input.tsx";
import { TextareaInput } from "./text/textarea-input.tsx";
import { ContainsFilter } from "./text/text-filter.tsx";
import { IntegerInput, NumberInput } from "./number/number-input.tsx";
import { NumberRangeFilter } from "./number/number-range-filter.tsx";
import { CheckboxInput, SwitchInput } from "./boolean/checkbox-input.tsx";
import { BooleanFilter } from "./boolean/boolean-filter.tsx";
import { SelectInput } from "./choice/select-input.tsx";
import { MultiselectInput } from "./choice/multiselect-input.tsx";
import { RadioInput } from "./choice/radio-input.tsx";
import { OptionsFilter } from "./choice/options-filter.tsx";
import { DateInput, DateTimeInput, TimeInput } from "./date/date-input.tsx";
import { DateRangeFilter, DateTimeRangeFilter, TimeRangeFilter } from "./date/date-range-filter.tsx";
import { CodeInputLazy, JsonInputLazy, MarkdownInputLazy, RichTextInputLazy } from "./lazy-inputs.tsx";
import { FileInput } from "./file/file-input.tsx";
import { ColorInput } from "./color/color-input.tsx";
import { TagsFilter, TagsInput } from "./tags/tags-input.tsx";
import { SliderInput } from "./slider/slider-input.tsx";
import { RelationIdInput } from "./relation/relation-input.tsx";
import { RelationFilter } from "./relation/relation-filter.tsx";
import { provideEditors } from "./editor-slot.tsx";

export const EDITORS = {
  TextInput,
  EmailInput,
  UrlInput,
  PasswordInput,
  TextareaInput,
  ContainsFilter,
  IntegerInput,
  NumberInput,
  NumberRangeFilter,
  CheckboxInput,
  SwitchInput,
  BooleanFilter,
  SelectInput,
  MultiselectInput,
  RadioInput,
  OptionsFilter,
  DateInput,
  DateTimeInput,
  TimeInput,
  DateRangeFilter,
  DateTimeRangeFilter,
  TimeRangeFilter,
  CodeInputLazy,
  JsonInputLazy,
  MarkdownInputLazy,
  RichTextInputLazy,
  FileInput,
  ColorInput,
  TagsFilter,
  TagsInput,
  SliderInput,
  RelationIdInput,
  RelationFilter,
};

export type Editors = typeof EDITORS;

provideEditors(EDITORS);
