// Building blocks of the schema's shape (valibot) whose issues read as the shape in words, so
// that an error names the bad path and what belongs there ("array of strings", "field object").
import * as v from "valibot";
import { isRecord } from "../../lib/is-record.ts";

/** Words for the shape a schema expects, used when a required member is missing. */
const descriptions = new WeakMap<object, string>();

export function describe<T extends object>(schema: T, text: string): T {
  descriptions.set(schema, text);
  return schema;
}

/** valibot's `expects` ("(Object)", "string") in the words our own messages use. */
export function friendly(expects: string | null | undefined): string {
  if (!expects) return "a valid value";
  const text = expects.replace(/^\((.*)\)$/, "$1");
  if (text === "Object") return "object";
  if (text === "Array") return "array";
  return text;
}

function describeOf(schema: unknown): string {
  if (typeof schema !== "object" || schema === null) return "a value";
  const known = descriptions.get(schema);
  if (known) return known;
  const expects = (schema as { expects?: unknown }).expects;
  return friendly(typeof expects === "string" ? expects : null);
}

function lastKey(issue: v.BaseIssue<unknown>): string | null {
  const item = issue.path?.[issue.path.length - 1];
  return item && typeof item.key === "string" ? item.key : null;
}

/** A plain (non-array) object whose missing-key issues name the expected shape of the key. */
export function obj<const E extends v.ObjectEntries>(entries: E, text = "object") {
  const missing = (issue: v.BaseIssue<unknown>): string => {
    const key = lastKey(issue);
    return key !== null && key in entries ? describeOf(entries[key]) : "object";
  };
  return describe(
    v.pipe(v.custom<Record<string, unknown>>(isRecord, text), v.object(entries, missing)),
    text,
  );
}

/** An object keyed by name (not an array). */
export function rec<const S extends v.GenericSchema>(value: S, text: string) {
  return describe(v.pipe(v.custom<Record<string, unknown>>(isRecord, text), v.record(v.string(), value)), text);
}

/** An array whose type issue and missing-key issue both name `text`. */
export function arr<const S extends v.GenericSchema>(item: S, text: string) {
  return describe(v.array(item, text), text);
}

export const str = v.string();
export const bool = v.boolean();
export const num = describe(
  v.pipe(
    v.number(),
    v.check((n) => Number.isFinite(n), "finite number"),
  ),
  "number",
);
export const strArr = arr(v.string(), "array of strings");
/** An optional string: `null` counts as absent (Pydantic emits `null` for unset members). */
export const optStr = v.nullish(v.string());
/** A string with something in it besides white space (a name or a label a person reads). */
export const nonEmptyStr = describe(
  v.pipe(
    v.string("non-empty string"),
    v.check((s) => s.trim() !== "", "non-empty string"),
  ),
  "non-empty string",
);
