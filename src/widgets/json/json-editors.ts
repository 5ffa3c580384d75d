// The json kind's inputs and filter, in the editors chunk (editors.ts), loaded lazily; the
// editors themselves load on first use.
import { lazyInput } from "../lazy-input.tsx";
import { ContainsFilter } from "../text/text-filter.tsx";
import { jsonWidget } from "./json-widget.ts";

export const jsonEditors = {
  JsonInput: lazyInput(() => import("./json-input.tsx").then((m) => m.JsonInput)),
  CodeInput: lazyInput(() => import("./json-input.tsx").then((m) => m.CodeInput)),
  ContainsFilter,
};

jsonWidget.provideEditors(jsonEditors);
