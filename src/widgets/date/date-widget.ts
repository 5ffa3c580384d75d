import { defineWidgetKind } from "../define-widget-kind.tsx";
import type { dateEditors } from "./date-editors.ts"; // the code loads with editors.ts, not with the list
import { DateDisplay, DateTimeDisplay, TimeDisplay } from "./date-display.tsx";

/** Dates, date-times and times, filtered by a range. */
export const dateWidget = defineWidgetKind<typeof dateEditors>({
  widgets: [
    { id: "date", Display: DateDisplay, input: (e) => e.DateInput, filter: (e) => e.DateRangeFilter },
    { id: "datetime", aliases: ["date-time", "datetime-local"], Display: DateTimeDisplay, input: (e) => e.DateTimeInput, filter: (e) => e.DateTimeRangeFilter },
    { id: "time", Display: TimeDisplay, input: (e) => e.TimeInput, filter: (e) => e.TimeRangeFilter },
  ],
});
