// Which editor a field gets (craft-easy.md §3.3, resolution order):
//   1. a known `widget` string (canonical id or alias);
//   2. `relation` present → relation picker;
//   3. `options` present → select;
//   4. by `type`: boolean → checkbox, date → date, json → json, number/integer → number;
//   5. text.
// A known widget that cannot work without its configuration (relation without `relation`,
// select/radio/multiselect without `options` or `relation`) falls through to steps 2–5 instead
// of crashing. Unknown widget ids also fall through, and are reported once per id.
import type { FieldSchema } from "./types.ts";

export const WIDGET_IDS = [
  "text",
  "email",
  "url",
  "password",
  "textarea",
  "number",
  "integer",
  "checkbox",
  "switch",
  "select",
  "multiselect",
  "radio",
  "date",
  "datetime",
  "time",
  "json",
  "relation",
  "file",
  "image",
  "color",
  "tags",
  "richtext",
  "markdown",
  "slider",
  "code",
] as const;

export type WidgetId = (typeof WIDGET_IDS)[number];

const CANONICAL = new Set<string>(WIDGET_IDS);

export const WIDGET_ALIASES: Readonly<Record<string, WidgetId>> = {
  toggle: "switch",
  boolean: "checkbox",
  "date-time": "datetime",
  "datetime-local": "datetime",
  relation_picker: "relation",
  relationpicker: "relation",
  multi_select: "multiselect",
  "multi-select": "multiselect",
  rich_text: "richtext",
  wysiwyg: "richtext",
  md: "markdown",
  upload: "file",
  range: "slider",
};

/** The canonical id for a widget string (case-insensitive, aliases applied), or null if unknown. */
export function normaliseWidgetId(widget: string | undefined | null): WidgetId | null {
  if (!widget) return null;
  const key = widget.trim().toLowerCase();
  if (CANONICAL.has(key)) return key as WidgetId;
  return WIDGET_ALIASES[key] ?? null;
}

export interface ResolveWidgetOptions {
  /** Called once per unknown widget id (default: console.warn in development builds). */
  onUnknownWidget?: (widget: string) => void;
}

const reported = new Set<string>();

/** Forget which unknown ids were already reported (tests). */
export function resetUnknownWidgetReports(): void {
  reported.clear();
}

function isDev(): boolean {
  const env = (import.meta as { env?: { DEV?: boolean } }).env;
  return env?.DEV === true;
}

function reportUnknown(widget: string, options: ResolveWidgetOptions | undefined): void {
  const key = widget.trim().toLowerCase();
  if (reported.has(key)) return;
  reported.add(key);
  if (options?.onUnknownWidget) options.onUnknownWidget(widget);
  else if (isDev()) console.warn(`[atrium] Unknown widget "${widget}"; choosing an editor from the field type.`);
}

const hasOptions = (f: Pick<FieldSchema, "options">) => Array.isArray(f.options) && f.options.length > 0;

/** Whether a known widget id has what it needs to work on this field. */
function usable(id: WidgetId, field: FieldSchema): boolean {
  switch (id) {
    case "relation":
      return field.relation !== undefined;
    case "select":
    case "radio":
    case "multiselect":
      return hasOptions(field) || field.relation !== undefined;
    default:
      return true;
  }
}

export function resolveWidget(field: FieldSchema, options?: ResolveWidgetOptions): WidgetId {
  const raw = field.widget?.trim() ?? "";
  const known = normaliseWidgetId(raw);
  if (known !== null) {
    if (usable(known, field)) {
      // select/radio over a relation without options: the relation picker is the only thing that works
      if ((known === "select" || known === "radio") && !hasOptions(field)) return "relation";
      return known;
    }
  } else if (raw !== "") {
    reportUnknown(raw, options);
  }
  if (field.relation !== undefined) return "relation";
  if (hasOptions(field)) return "select";
  switch ((field.type ?? "").trim().toLowerCase()) {
    case "boolean":
      return "checkbox";
    case "date":
      return "date";
    case "json":
      return "json";
    case "number":
    case "integer":
      return "number";
    default:
      return "text";
  }
}

/** A relation field that holds several values (widget multiselect/tags over `relation`). */
export function isMultiRelation(field: FieldSchema): boolean {
  if (field.relation === undefined) return false;
  const id = normaliseWidgetId(field.widget);
  return id === "multiselect" || id === "tags";
}
