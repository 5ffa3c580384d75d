// Request bodies and query parameters the way litestar (msgspec) checks them: malformed JSON is a
// plain 400; a body that is not an object, a missing field or a wrong type is 400 "Validation
// failed" with one `extra` entry; a non-integer int query parameter likewise (§1 #4).
import * as v from "valibot";
import { litestarError, validationFailed } from "./responses.ts";
import type { RouteContext } from "./types.ts";

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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Body field types; each schema's message is msgspec's name for it ("Expected `str`, got `int`").
export const str = v.string("str");
export const bool = v.boolean("bool");
export const array = v.array(v.unknown(), "array");
export const record = v.custom<Record<string, unknown>>(isRecord, "object");

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

/** The body checked against a request struct; the first problem, in field order, is the 400. */
export async function structBody<S extends v.GenericSchema<Record<string, unknown>>>(ctx: RouteContext, schema: S): Promise<Parsed<v.InferOutput<S>>> {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  const parsed = v.safeParse(schema, body.value, { abortEarly: true });
  if (parsed.success) return { ok: true, value: parsed.output };
  const issue = parsed.issues[0];
  const key = String(issue.path?.[0]?.key ?? "data");
  // A missing key is reported by the struct itself, with no input; a wrong type by the field.
  const message = issue.input === undefined ? `Object missing required field \`${key}\`` : `Expected \`${issue.message}\`, got \`${pyTypeName(issue.input)}\``;
  return { ok: false, response: validationFailed(ctx, [{ message, key, source: "body" }]) };
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
