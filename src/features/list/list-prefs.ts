// Per-resource list preferences remembered in local storage: column visibility, order, sizes,
// density, and saved views (name → query string + columns); and the pure steps that change them.
import { isRecord } from "../../lib/is-record.ts";

export type Density = "comfortable" | "compact";

export interface SavedView {
  name: string;
  /** The list's query string (sort, search, filters, page size; no page). */
  params: string;
  visibility: Record<string, boolean>;
  order: string[];
}

export interface ListPrefs {
  visibility: Record<string, boolean>;
  order: string[];
  sizing: Record<string, number>;
  density: Density;
  views: SavedView[];
}

export const DEFAULT_PREFS: ListPrefs = { visibility: {}, order: [], sizing: {}, density: "comfortable", views: [] };

const key = (scope: string, resource: string) => `atrium:list:${scope}:${resource}`;

function cleanBools(v: unknown): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  if (isRecord(v)) for (const [k, b] of Object.entries(v)) if (typeof b === "boolean") out[k] = b;
  return out;
}

function cleanStrings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : [];
}

export function loadPrefs(scope: string, resource: string): ListPrefs {
  try {
    const raw = globalThis.localStorage?.getItem(key(scope, resource));
    if (!raw) return DEFAULT_PREFS;
    const v = JSON.parse(raw) as unknown;
    if (!isRecord(v)) return DEFAULT_PREFS;
    const sizing: Record<string, number> = {};
    if (isRecord(v.sizing)) for (const [k, n] of Object.entries(v.sizing)) if (typeof n === "number" && n > 20 && n < 2000) sizing[k] = n;
    const views = Array.isArray(v.views)
      ? v.views.filter(isRecord).flatMap((w): SavedView[] =>
          typeof w.name === "string" && typeof w.params === "string"
            ? [{ name: w.name, params: w.params, visibility: cleanBools(w.visibility), order: cleanStrings(w.order) }]
            : [],
        )
      : [];
    return {
      visibility: cleanBools(v.visibility),
      order: cleanStrings(v.order),
      sizing,
      density: v.density === "compact" ? "compact" : "comfortable",
      views,
    };
  } catch {
    return DEFAULT_PREFS;
  }
}

export function savePrefs(scope: string, resource: string, prefs: ListPrefs): void {
  try {
    globalThis.localStorage?.setItem(key(scope, resource), JSON.stringify(prefs));
  } catch {
    // storage full or disabled: preferences last for this page only
  }
}

/** The field columns in the user's order: remembered ones first, then the rest in schema order. */
export function orderedColumns(order: readonly string[], columns: readonly string[]): string[] {
  const known = order.filter((f) => columns.includes(f));
  return [...known, ...columns.filter((f) => !known.includes(f))];
}

export function shownColumns(ordered: readonly string[], visibility: Record<string, boolean>): string[] {
  return ordered.filter((f) => visibility[f] !== false);
}

/** Columns and density back to the schema's; saved views stay. */
export function resetLayout(p: ListPrefs): ListPrefs {
  return { ...p, visibility: {}, order: [], sizing: {}, density: "comfortable" };
}

/** `p` with a view named `name` (replacing one of that name): the query string less its page, and the columns. */
export function withSavedView(p: ListPrefs, name: string, paramsText: string): ListPrefs {
  const params = new URLSearchParams(paramsText);
  params.delete("page");
  const view: SavedView = { name, params: params.toString(), visibility: p.visibility, order: p.order };
  return { ...p, views: [...p.views.filter((v) => v.name !== name), view] };
}
