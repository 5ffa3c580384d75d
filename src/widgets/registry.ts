// The widget registry: one entry per widget id with its input, display and filter.
// Heavy editors (json/code, markdown/richtext) and rich detail displays are loaded lazily.
import type { FieldSchema } from "../protocol/types.ts";
import { isMultiRelation, normaliseWidgetId, resolveWidget } from "../protocol/resolve-widget.ts";
import type { WidgetEntry, WidgetId } from "./types.ts";
import { BUILTIN_WIDGETS } from "./builtin-widgets.ts";
import "./widgets.css";

type WidgetOverride = Partial<Omit<WidgetEntry, "id">>;

const overrides = new Map<WidgetId, WidgetOverride>();
const warned = new Set<string>();

/**
 * Replace parts of a widget's entry (e.g. the relation picker replaces the relation input and
 * filter). Later registrations merge over earlier ones. Returns a function that undoes it.
 */
export function registerWidget(id: WidgetId, entry: WidgetOverride): () => void {
  const previous = overrides.get(id);
  overrides.set(id, { ...previous, ...entry });
  return () => {
    if (previous) overrides.set(id, previous);
    else overrides.delete(id);
  };
}

/** The entry for a widget id; unknown ids get the text entry (and one console warning). */
export function getWidget(id: WidgetId | string): WidgetEntry {
  const known = normaliseWidgetId(id);
  if (known === null) {
    if (!warned.has(id)) {
      warned.add(id);
      console.warn(`[atrium] Unknown widget id "${id}"; using a text input.`);
    }
    return getWidget("text");
  }
  const base = BUILTIN_WIDGETS[known];
  const override = overrides.get(known);
  return override ? { ...base, ...override, id: known } : base;
}

/** The entry for a field (widget resolution per craft-easy.md §3.3; multi relations → relation). */
export function widgetFor(field: FieldSchema): WidgetEntry {
  if (isMultiRelation(field)) return getWidget("relation");
  return getWidget(resolveWidget(field));
}
