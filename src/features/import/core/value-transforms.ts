// Per-column value transforms chosen in the import wizard:
// - select: file value → option value (auto-suggested by option value or label; the user can
//   change it, or map a value to "leave empty");
// - relation: file value (the related record's label_field or value_field) → the related id,
//   resolved through an injected `resolve` in chunks of 100 distinct values.
import { coerceFromText, matchOption, optionValueForType, splitMultiText } from "../../../protocol/field-validation/coerce-from-text.ts";
import { fieldLabel, valueKind } from "../../../protocol/field-validation/value-kind.ts";
import type { CoerceOptions, CoerceResult } from "../../../protocol/field-validation/types.ts";
import type { FieldSchema } from "../../../protocol/types.ts";
import type { Cell, Id } from "./types.ts";
import { t } from "../messages.ts";

/** file value → option value; null means "import as empty". */
export type SelectValueMap = Record<string, string | null>;

export interface SelectTransform {
  kind: "select";
  map: SelectValueMap;
}

export interface RelationTransform {
  kind: "relation";
  /** What the file holds: the related record's `label_field` or its `value_field`. */
  matchBy: "label" | "value";
  /** file value → related id. */
  resolved: Map<string, Id>;
  /** Distinct file values that matched nothing. */
  unresolved: string[];
}

export type ValueTransform = SelectTransform | RelationTransform;

/** column name → transform. */
export type ColumnTransforms = Record<string, ValueTransform>;

/** Resolves file values (labels or keys) to related ids; values it cannot match are left out. */
export type RelationResolver = (values: string[], ctx: { signal?: AbortSignal }) => Promise<Map<string, Id>>;

/** Distinct non-empty (trimmed) values of a column, in first-seen order. */
export function distinctValues(rows: Cell[][], columnIndex: number, limit = Number.POSITIVE_INFINITY): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    const v = row[columnIndex]?.trim();
    if (!v || seen.has(v)) continue;
    seen.add(v);
    if (seen.size >= limit) break;
  }
  return [...seen];
}

/** Suggests option values for file values (by option value, then label, any case). */
export function suggestSelectMap(values: string[], field: FieldSchema): { map: SelectValueMap; unmatched: string[] } {
  const options = field.options ?? [];
  const map: SelectValueMap = {};
  const unmatched: string[] = [];
  const multi = valueKind(field) === "multi";
  for (const v of values) {
    const parts = multi ? splitMultiText(v) : [v];
    for (const part of parts) {
      if (part in map) continue;
      const o = matchOption(options, part);
      if (o) map[part] = o.value;
      else if (!unmatched.includes(part)) unmatched.push(part);
    }
  }
  return { map, unmatched };
}

function lookup<T>(map: Map<string, T> | Record<string, T>, key: string): T | undefined {
  if (map instanceof Map) {
    if (map.has(key)) return map.get(key);
    const lower = key.toLowerCase();
    for (const [k, v] of map) if (k.toLowerCase() === lower) return v;
    return undefined;
  }
  if (Object.prototype.hasOwnProperty.call(map, key)) return map[key];
  const lower = key.toLowerCase();
  for (const k of Object.keys(map)) if (k.toLowerCase() === lower) return map[k];
  return undefined;
}

export interface ResolveOptions {
  chunkSize?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/** Resolves distinct values in sequential chunks (default 100 per call). */
export async function resolveRelationValues(values: string[], resolve: RelationResolver, opts: ResolveOptions = {}): Promise<Map<string, Id>> {
  const chunkSize = Math.max(1, opts.chunkSize ?? 100);
  const distinct = [...new Set(values.map((v) => v.trim()).filter((v) => v !== ""))];
  const out = new Map<string, Id>();
  for (let i = 0; i < distinct.length; i += chunkSize) {
    if (opts.signal?.aborted) throw opts.signal.reason instanceof Error ? opts.signal.reason : new Error("Cancelled");
    const chunk = distinct.slice(i, i + chunkSize);
    const found = await resolve(chunk, { signal: opts.signal });
    for (const v of chunk) {
      const id = lookup(found, v);
      if (id !== undefined) out.set(v, id);
    }
    opts.onProgress?.(Math.min(i + chunkSize, distinct.length), distinct.length);
  }
  return out;
}

/** Collects a column's distinct values and resolves them into a RelationTransform. */
export async function buildRelationTransform(
  rows: Cell[][],
  columnIndex: number,
  resolve: RelationResolver,
  opts: ResolveOptions & { matchBy?: "label" | "value"; multi?: boolean } = {},
): Promise<RelationTransform> {
  const cells = distinctValues(rows, columnIndex);
  const values = opts.multi ? [...new Set(cells.flatMap(splitMultiText))] : cells;
  const resolved = await resolveRelationValues(values, resolve, opts);
  return { kind: "relation", matchBy: opts.matchBy ?? "label", resolved, unresolved: values.filter((v) => !resolved.has(v)) };
}

/** Applies a column's transform to one cell; falls back to coerceFromText for unmapped select values. */
export function applyTransform(transform: ValueTransform, name: string, field: FieldSchema, text: string, opts: CoerceOptions = {}): CoerceResult {
  const s = text.trim();
  if (s === "") return { ok: true, value: null };
  const multi = valueKind(field) === "multi";
  const parts = multi ? splitMultiText(s) : [s];
  const out: unknown[] = [];
  for (const part of parts) {
    if (transform.kind === "select") {
      const mapped = lookup(transform.map, part);
      if (mapped === null) continue;
      if (mapped !== undefined) {
        out.push(optionValueForType(field, mapped));
        continue;
      }
      const fallback = coerceFromText(multi ? { ...field, widget: "select" } : field, part, opts);
      if (!fallback.ok) return multi ? { ok: false, error: `"${part}": ${fallback.error}` } : fallback;
      out.push(fallback.value);
    } else {
      const id = lookup(transform.resolved, part);
      if (id === undefined) return { ok: false, error: t("noRelationMatch", { field: fieldLabel(name, field), value: part }) };
      out.push(id);
    }
  }
  if (multi) return { ok: true, value: out.length > 0 ? out : null };
  return { ok: true, value: out.length > 0 ? out[0] : null };
}
