// The choice kind's inputs and filter, in the editors chunk (editors.ts), loaded lazily.
import { SelectInput } from "./select-input.tsx";
import { MultiselectInput } from "./multiselect-input.tsx";
import { RadioInput } from "./radio-input.tsx";
import { OptionsFilter } from "./options-filter.tsx";
import { choiceWidget } from "./choice-widget.ts";

export const choiceEditors = { SelectInput, MultiselectInput, RadioInput, OptionsFilter };

choiceWidget.provideEditors(choiceEditors);
