// The app's widgets: every built-in widget, with the relation picker in place of the relation
// widget's plain id input and filter. Given to the signed-in screens by SchemaGate.
import { createWidgetRegistry } from "../widgets/create-widget-registry.ts";
import { relationPickerWidget } from "../features/relations/relation-picker-widget.ts";

export const appWidgets = createWidgetRegistry({ overrides: [relationPickerWidget] });
