// Request bodies and query parameters the way litestar (msgspec) checks them: malformed JSON is a
// plain 400; a body that is not an object, a missing field or a wrong type is 400 "Validation
// failed" with one `extra` entry; a non-integer int query parameter likewise (§1 #4).
import { litestarError, validationFailed } from "./responses.ts";
import type { RouteContext } from "./types.ts";
import { isRecord } from "../../lib/is-record.ts";

type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

/** msgspec's name for a JSON value's type ("str", "int", …). */
export function pyTypeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "string") return "str";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  return "object";
}

/** One field of a request struct: msgspec's name for its type, and the check. */
export interface Field<T> {
  name: string;
  optional: boolean;
  check(value: unknown): value is T;
}

type Struct<S extends Record<string, Field<unknown>>> = { [K in keyof S]: S[K] extends Field<infer T> ? T : never };

export const str: Field<string> = { name: "str", optional: false, check: (v): v is string => typeof v === "string" };
export const bool: Field<boolean> = { name: "bool", optional: false, check: (v): v is boolean => typeof v === "boolean" };
export const array: Field<unknown[]> = { name: "array", optional: false, check: (v): v is unknown[] => Array.isArray(v) };
export const record: Field<Record<string, unknown>> = { name: "object", optional: false, check: isRecord };

export function optional<T>(field: Field<T>): Field<T | undefined> {
  return { name: field.name, optional: true, check: (v): v is T | undefined => v === undefined || field.check(v) };
}

/** The body as a JSON object; `data` names the handler parameter (msgspec's message shapes). */
export async function objectBody(ctx: RouteContext): Promise<Parsed<Record<string, unknown>>> {
  const text = await ctx.request.text();
  if (text.trim() === "") {
    return { ok: false, response: validationFailed(ctx, [{ message: "Expected `object`, got `null`", key: "data", source: "body" }]) };
  }
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    return { ok: false, response: litestarError(400, "JSON is malformed: invalid character (byte 1)") };
  }
  if (!isRecord(body)) {
    return { ok: false, response: validationFailed(ctx, [{ message: `Expected \`object\`, got \`${pyTypeName(body)}\``, key: "data", source: "body" }]) };
  }
  return { ok: true, value: body };
}

/**
 * The body checked against a request struct, as msgspec would. Not valibot: sharing it with the
 * schema validator would move valibot into a chunk of its own, one more file on every boot. The
 * first problem, in field order, is the 400; other keys of the body stay in the value.
 */
export async function structBody<S extends Record<string, Field<unknown>>>(ctx: RouteContext, shape: S): Promise<Parsed<Struct<S> & Record<string, unknown>>> {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  for (const [key, field] of Object.entries(shape)) {
    const value = body.value[key];
    if (value === undefined && field.optional) continue;
    const message = value === undefined ? `Object missing required field \`${key}\`` : field.check(value) ? null : `Expected \`${field.name}\`, got \`${pyTypeName(value)}\``;
    if (message !== null) return { ok: false, response: validationFailed(ctx, [{ message, key, source: "body" }]) };
  }
  return { ok: true, value: body.value as Struct<S> & Record<string, unknown> };
}

/** An `int` query parameter (absent or empty: the fallback). */
export function intParam(ctx: RouteContext, key: string, fallback: number): Parsed<number> {
  const raw = ctx.url.searchParams.get(key);
  if (raw === null || raw === "") return { ok: true, value: fallback };
  if (!/^-?\d+$/.test(raw.trim())) {
    return { ok: false, response: validationFailed(ctx, [{ message: "Expected `int`, got `str`", key, source: "query" }]) };
  }
  return { ok: true, value: Number(raw) };
}

/** The string ids of a body's `ids` (ids are not type-converted: only strings match this store's PKs). */
export function stringIds(ids: unknown[]): string[] {
  return ids.filter((x): x is string => typeof x === "string");
}
