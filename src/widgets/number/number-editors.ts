// The number kind's inputs and filter, in the editors chunk (editors.ts), loaded lazily.
import { IntegerInput, NumberInput } from "./number-input.tsx";
import { NumberRangeFilter } from "./number-range-filter.tsx";
import { numberWidget } from "./number-widget.ts";

export const numberEditors = { NumberInput, IntegerInput, NumberRangeFilter };

numberWidget.provideEditors(numberEditors);
