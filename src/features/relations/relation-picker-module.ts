// The relation picker's code (the combobox, virtualised options) as a lazily loaded module:
// the relation widget's input and filter in the app (relation-picker-widget.ts) and
// preloaded by screens that are about to show one (the list preloads it with its filter panel).
import { lazyModule } from "../../ui/lazy-module.ts";

export const relationPickerModule = lazyModule(() => import("./relation-picker-widgets.tsx"));
