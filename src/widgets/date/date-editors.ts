// The date kind's inputs and filters, in the editors chunk (editors.ts), loaded lazily.
import { DateInput, DateTimeInput, TimeInput } from "./date-input.tsx";
import { DateRangeFilter, DateTimeRangeFilter, TimeRangeFilter } from "./date-range-filter.tsx";
import { dateWidget } from "./date-widget.ts";

export const dateEditors = { DateInput, DateTimeInput, TimeInput, DateRangeFilter, DateTimeRangeFilter, TimeRangeFilter };

dateWidget.provideEditors(dateEditors);
