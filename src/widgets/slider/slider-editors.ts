// The slider kind's input and filter, in the editors chunk (editors.ts), loaded lazily.
import { SliderInput } from "./slider-input.tsx";
import { NumberRangeFilter } from "../number/number-range-filter.tsx";
import { sliderWidget } from "./slider-widget.ts";

export const sliderEditors = { SliderInput, NumberRangeFilter };

sliderWidget.provideEditors(sliderEditors);
