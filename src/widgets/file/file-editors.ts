// The file kind's input and filter, in the editors chunk (editors.ts), loaded lazily.
import { FileInput } from "./file-input.tsx";
import { ContainsFilter } from "../text/text-filter.tsx";
import { fileWidget } from "./file-widget.ts";

export const fileEditors = { FileInput, ContainsFilter };

fileWidget.provideEditors(fileEditors);
