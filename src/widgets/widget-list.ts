// Every built-in widget kind: the one list the registry is built from (create-widget-registry.ts).
// Each kind module declares its widgets' ids, aliases, displays, and lazily loaded inputs and
// filters; a new kind is one module in its folder plus one line here (README.md).
import type { WidgetKind } from "./types.ts";
import { textWidget } from "./text/text-widget.ts";
import { numberWidget } from "./number/number-widget.ts";
import { booleanWidget } from "./boolean/boolean-widget.ts";
import { choiceWidget } from "./choice/choice-widget.ts";
import { dateWidget } from "./date/date-widget.ts";
import { jsonWidget } from "./json/json-widget.ts";
import { richWidget } from "./rich/rich-widget.ts";
import { fileWidget } from "./file/file-widget.ts";
import { colorWidget } from "./color/color-widget.ts";
import { tagsWidget } from "./tags/tags-widget.ts";
import { sliderWidget } from "./slider/slider-widget.ts";
import { relationWidget } from "./relation/relation-widget.ts";

export const WIDGET_LIST: readonly WidgetKind[] = [
  textWidget,
  numberWidget,
  booleanWidget,
  choiceWidget,
  dateWidget,
  jsonWidget,
  richWidget,
  fileWidget,
  colorWidget,
  tagsWidget,
  sliderWidget,
  relationWidget,
];
