// The widget registry: one entry per widget id with its input, display and filter, built from the
// widget list, with the overrides the app passes in (e.g. the relation picker replaces the relation
// widget's input and filter). Screens read the app's registry from context (widget-registry-context.tsx).
import type { FieldSchema } from "../protocol/types.ts";
import { isMultiRelation, resolveWidget } from "../protocol/resolve-widget.ts";
import type { WidgetEntry, WidgetId, WidgetKind, WidgetOverride, WidgetRegistry } from "./types.ts";
import { WIDGET_LIST } from "./widget-list.ts";
import "./widgets.css";

const warned = new Set<string>();

function warnUnknown(id: string): void {
  if (warned.has(id)) return;
  warned.add(id);
  console.warn(`[atrium] Unknown widget id "${id}"; using a text input.`);
}

export interface CreateWidgetRegistryOptions {
  /** Replace parts of entries; later overrides of the same id merge over earlier ones. */
  overrides?: readonly WidgetOverride[];
  /** The widget kinds (default: every built-in kind, widget-list.ts). */
  kinds?: readonly WidgetKind[];
}

export function createWidgetRegistry({ overrides = [], kinds = WIDGET_LIST }: CreateWidgetRegistryOptions = {}): WidgetRegistry {
  const entries = new Map<string, WidgetEntry>();
  const aliases = new Map<string, WidgetId>();
  for (const kind of kinds) {
    for (const entry of kind.entries) entries.set(entry.id, entry);
    for (const [alias, id] of Object.entries(kind.aliases)) aliases.set(alias, id);
  }
  for (const { id, ...parts } of overrides) {
    const base = entries.get(id);
    if (base) entries.set(id, { ...base, ...parts, id });
  }
  const found = entries.get("text");
  if (!found) throw new Error("The widget list has no text widget (the fallback for unknown ids)");
  const text: WidgetEntry = found;

  function getWidget(id: string): WidgetEntry {
    const key = id.trim().toLowerCase();
    const entry = entries.get(key) ?? entries.get(aliases.get(key) ?? "");
    if (entry) return entry;
    warnUnknown(id);
    return text;
  }
  return {
    getWidget,
    // the resolution order is the protocol's (craft-easy.md §3.3): protocol/resolve-widget.ts
    widgetFor: (field: FieldSchema) => getWidget(isMultiRelation(field) ? "relation" : resolveWidget(field)),
  };
}
