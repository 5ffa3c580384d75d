// The boolean kind's inputs and filter, in the editors chunk (editors.ts), loaded lazily.
import { CheckboxInput, SwitchInput } from "./checkbox-input.tsx";
import { BooleanFilter } from "./boolean-filter.tsx";
import { booleanWidget } from "./boolean-widget.ts";

export const booleanEditors = { CheckboxInput, SwitchInput, BooleanFilter };

booleanWidget.provideEditors(booleanEditors);
