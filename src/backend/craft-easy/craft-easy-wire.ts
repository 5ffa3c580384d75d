// Craft Easy's response bodies (craft-easy.md), parsed with valibot. Each schema is as strict as
// the adapter needs and as tolerant as the protocol doc's client rules ask: a member the doc
// calls [unknown] or [inferred] falls back instead of failing the whole answer.
import * as v from "valibot";
import { ApiError } from "../api-error.ts";
import type { Item } from "../types.ts";

/** A JSON object (valibot's object schemas also accept arrays). */
export const ItemShape = v.custom<Item>((x) => typeof x === "object" && x !== null && !Array.isArray(x));

export const isItem = (x: unknown): x is Item => v.is(ItemShape, x);

/** A JSON object with these members (and any others). */
const record = <const E extends v.ObjectEntries>(entries: E) => v.pipe(ItemShape, v.looseObject(entries));

const text = v.pipe(v.string(), v.nonEmpty());
/** A member that is dropped (undefined) when absent or of the wrong type. */
const loose = <S extends v.GenericSchema>(schema: S) => v.fallback(v.optional(schema), undefined);

/** §4.2 step 3 `TokenResponse` (`expires` also read as epoch seconds or ms). */
export const TokenResponseShape = record({
  token: text,
  token_type: v.fallback(v.optional(v.string(), "user"), "user"),
  expires: loose(v.union([v.string(), v.number()])),
  requires_2fa: v.fallback(v.optional(v.boolean(), false), false),
});

/** §4.5: a refresh answer may lack the token (keep ours) or `expires`. */
export const RefreshResponseShape = record({
  token: loose(text),
  expires: loose(v.union([v.string(), v.number()])),
});

/** §4.2 step 1: `{message, method}`. */
export const CodeSentShape = record({ message: loose(v.string()) });

/** §3 `AuthConfig`; a member that is not a non-empty string is left to settings and defaults. */
export const SchemaAuthShape = record({
  login_endpoint: loose(text),
  refresh_endpoint: loose(text),
  token_header: loose(text),
});

/** §2.2: what bootstrap reads from an anonymous schema before the validator has loaded. */
export const SchemaHeadShape = record({
  title: loose(v.string()),
  auth: v.optional(v.unknown()),
  modules: loose(record({})),
});

const auditText = loose(v.union([v.string(), v.number()]));

/** §9 `CraftEasyAuditEntry`; value types are [inferred], so each member is optional. */
export const AuditEntryShape = record({
  resource: auditText,
  item_id: auditText,
  operation: auditText,
  action: auditText,
  user_id: auditText,
  user_name: auditText,
  created_at: auditText,
  timestamp: auditText,
  changes: loose(record({})),
  snapshot: loose(ItemShape),
});

export type TokenResponseWire = v.InferOutput<typeof TokenResponseShape>;
export type AuditEntryWire = v.InferOutput<typeof AuditEntryShape>;

/** The parsed answer, or null when it does not have the shape. */
export function parseWire<S extends v.GenericSchema>(schema: S, data: unknown): v.InferOutput<S> | null {
  const result = v.safeParse(schema, data);
  return result.success ? result.output : null;
}

/** The parsed answer, or the adapter's clear BAD_RESPONSE error for it. */
export function expectWire<S extends v.GenericSchema>(schema: S, data: unknown, bad: { status: number; message: string }): v.InferOutput<S> {
  const result = v.safeParse(schema, data);
  if (!result.success) throw new ApiError({ status: bad.status, code: "BAD_RESPONSE", message: bad.message, details: data });
  return result.output;
}

/** §5.1 `ListResponse`: `items` is required; the rest falls back (see readPage). */
export const ListPageShape = record({
  items: v.array(v.unknown()),
  total: loose(v.number()),
  page: loose(v.number()),
  per_page: loose(v.number()),
});
