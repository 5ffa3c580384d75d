// The colour kind's input and filter, in the editors chunk (editors.ts), loaded lazily.
import { ColorInput } from "./color-input.tsx";
import { ContainsFilter } from "../text/text-filter.tsx";
import { colorWidget } from "./color-widget.ts";

export const colorEditors = { ColorInput, ContainsFilter };

colorWidget.provideEditors(colorEditors);
