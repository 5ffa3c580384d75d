// Pure helpers behind the record form's values: what the form starts with, what changed, the
// body a save sends, and the pre-filled values of a duplicate.
import type { Item } from "../../backend/types.ts";
import type { FieldSchema, ResourceSchema } from "../../protocol/types.ts";
import { isServerManaged, stripForWrite } from "../../protocol/server-managed.ts";
import { isEmptyValue } from "../../protocol/field-validation/value-kind.ts";

/** Field values the form edits: every schema field, missing ones as null. */
export function initialFormValues(resource: Pick<ResourceSchema, "fields">, item: Item | undefined): Item {
  const out: Item = {};
  for (const name of Object.keys(resource.fields)) {
    const v = item?.[name];
    out[name] = v === undefined ? null : v;
  }
  return out;
}

/** A create form's values: `initial` (a duplicate's), else each field's default, else null. */
export function createFormValues(resource: Pick<ResourceSchema, "fields">, initial: Item | undefined): Item {
  const out = initialFormValues(resource, initial);
  for (const [name, field] of Object.entries(resource.fields)) {
    if (out[name] === null && field.default !== undefined) out[name] = field.default;
  }
  return out;
}

/** Cleared values ("" / whitespace-only text, empty list) become null. */
export function normaliseValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === "string" && value.trim() === "") return null;
  return value;
}

function stable(value: unknown): string {
  const v = normaliseValue(value);
  if (v === null) return "null";
  if (Array.isArray(v) && v.length === 0) return "[]";
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === "object" && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );
}

/** Equal as form values: "" equals null, objects compare by content (key order ignored). */
export function sameValue(a: unknown, b: unknown): boolean {
  const na = normaliseValue(a);
  const nb = normaliseValue(b);
  if (na === nb) return true;
  // a number typed as text equals the number
  if (typeof na === "number" && typeof nb === "string") return String(na) === nb.trim();
  if (typeof nb === "number" && typeof na === "string") return String(nb) === na.trim();
  return stable(na) === stable(nb);
}

/** Names of the fields whose value differs from the baseline. */
export function changedFields(baseline: Item, values: Item): string[] {
  return Object.keys(values).filter((k) => !sameValue(baseline[k], values[k]));
}

/**
 * An update body: only changed, writable fields; a cleared field is sent as null, never "".
 * An edit-mode password left empty means "unchanged" and is not sent.
 */
export function updateBody(resource: Pick<ResourceSchema, "fields">, baseline: Item, values: Item): Item {
  const body: Item = {};
  for (const name of changedFields(baseline, values)) {
    const field = resource.fields[name];
    const v = normaliseValue(values[name]);
    if (field && isPassword(field) && isEmptyValue(v)) continue;
    body[name] = v;
  }
  return stripForWrite(resource, body, "update");
}

/** A create body: writable fields that hold a value (empty ones are left to server defaults). */
export function createBody(resource: Pick<ResourceSchema, "fields">, values: Item): Item {
  const body: Item = {};
  for (const [name, raw] of Object.entries(values)) {
    const v = normaliseValue(raw);
    if (isEmptyValue(v)) continue;
    body[name] = v;
  }
  return stripForWrite(resource, body, "create");
}

function isPassword(field: FieldSchema): boolean {
  return (field.widget ?? "").toLowerCase() === "password";
}

/**
 * Whether a field must be unique. The protocol has no flag for it, so this reads the schema's
 * words: a help text saying "unique" (the reference backend and Craft Easy apps write
 * "Must be unique.").
 */
export function looksUnique(field: FieldSchema): boolean {
  return /\bunique\b/i.test(field.help_text ?? "");
}

/**
 * Values for a create form copied from `item`: without the id, server-managed, readonly,
 * unique and password fields (craft-easy.md §3.1 "features.duplicate").
 */
export function duplicateValues(resource: Pick<ResourceSchema, "fields">, item: Item): Item {
  const out: Item = {};
  for (const [name, field] of Object.entries(resource.fields)) {
    if (isServerManaged(name) || field.readonly || looksUnique(field) || isPassword(field)) continue;
    const v = item[name];
    if (v !== undefined && v !== null) out[name] = v;
  }
  return out;
}
