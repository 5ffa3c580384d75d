// The structured part of a refusal (api-error.ts `Refusal`) out of an error body: which unique
// field clashed (Craft Easy 409 CONFLICT `details.field`), which records still use the one being
// deleted and how many (422 CASCADE_DENY `details.referenced_by` / `count`), or a genuine 404.
import type { Refusal } from "./api-error.ts";
import { isRecord } from "../lib/is-record.ts";
import { str } from "./error-fields.ts";

function count(v: unknown): number | undefined {
  return typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : undefined;
}

/** Craft Easy's envelope `{error: {code, details}}` (craft-easy.md §8). */
function fromCraftEnvelope(status: number, error: Record<string, unknown>): Refusal | undefined {
  const code = str(error.code);
  const details = isRecord(error.details) ? error.details : {};
  if (code === "CASCADE_DENY") return { type: "in-use", usedBy: str(details.referenced_by), count: count(details.count) };
  const field = str(details.field);
  if ((status === 409 || code === "CONFLICT") && field) return { type: "duplicate", field };
  return undefined;
}

/** The refusal a failed response's (parsed) body and status say, if any. Not for auth loss. */
export function refusalOf(status: number, body: unknown): Refusal | undefined {
  const fromBody = isRecord(body) && isRecord(body.error) ? fromCraftEnvelope(status, body.error) : undefined;
  if (fromBody) return fromBody;
  return status === 404 ? { type: "not-found" } : undefined;
}
