// Field errors out of the shapes error bodies carry them in: Pydantic `{loc,msg,type}` lists,
// `{field,message}` lists, `{field: msg | msg[]}` maps, Craft Easy's `error.details`
// (craft-easy.md §8) and Litestar's `extra` (litestar-admin.md §14.1).
import type { FieldError } from "./api-error.ts";
import { isRecord } from "../lib/is-record.ts";

export interface Extracted {
  fieldErrors: FieldError[];
  /** Messages that belong to no form field (shown at form level). */
  other: string[];
}

/** A non-blank string, else undefined. */
export function str(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() !== "" ? v : undefined;
}

/** `["body","address","city"]` → `address.city`; non-body locations → null. */
function fieldFromLoc(loc: unknown): { field: string | null; where: string | null } {
  if (!Array.isArray(loc)) return { field: typeof loc === "string" ? loc : null, where: null };
  const parts = loc.map((p) => String(p));
  const first = parts[0];
  if (first === "body") {
    const rest = parts.slice(1);
    return { field: rest.length > 0 ? rest.join(".") : null, where: null };
  }
  if (first === "query" || first === "path" || first === "header" || first === "cookie") {
    return { field: null, where: `${first} ${parts.slice(1).join(".")}`.trim() };
  }
  return { field: parts.length > 0 ? parts.join(".") : null, where: null };
}

/** Pydantic `{loc,msg,type}` list or `{field,message}` / `{field,error}` list. */
export function fromErrorList(list: unknown[]): Extracted {
  const out: Extracted = { fieldErrors: [], other: [] };
  for (const e of list) {
    if (typeof e === "string") {
      out.other.push(e);
      continue;
    }
    if (!isRecord(e)) continue;
    const msg = str(e.msg) ?? str(e.message) ?? str(e.error) ?? str(e.detail);
    if (!msg) continue;
    if ("loc" in e) {
      const { field, where } = fieldFromLoc(e.loc);
      if (field) out.fieldErrors.push({ field, message: msg });
      else out.other.push(where ? `${where}: ${msg}` : msg);
      continue;
    }
    const field = str(e.field) ?? str(e.key) ?? str(e.name);
    if (field) out.fieldErrors.push({ field, message: msg });
    else out.other.push(msg);
  }
  return out;
}

/** `{field: "msg" | ["msg", ...]}`; entries that are not strings are ignored. */
export function fromErrorMap(map: Record<string, unknown>): Extracted {
  const out: Extracted = { fieldErrors: [], other: [] };
  for (const [field, v] of Object.entries(map)) {
    const msgs = Array.isArray(v) ? v : [v];
    for (const m of msgs) {
      const msg = str(m) ?? (isRecord(m) ? (str(m.msg) ?? str(m.message)) : undefined);
      if (!msg) continue;
      if (field === "__all__" || field === "non_field_errors" || field === "_form") out.other.push(msg);
      else out.fieldErrors.push({ field, message: msg });
    }
  }
  return out;
}

export function isErrorMap(v: Record<string, unknown>): boolean {
  const values = Object.values(v);
  return (
    values.length > 0 &&
    values.every((x) => typeof x === "string" || (Array.isArray(x) && x.every((m) => typeof m === "string")))
  );
}

/** Craft Easy `error.details` in any of the accepted shapes (craft-easy.md §8). */
export function fromCraftDetails(details: unknown, status: number, code: string): Extracted {
  const empty: Extracted = { fieldErrors: [], other: [] };
  if (Array.isArray(details)) return fromErrorList(details);
  if (!isRecord(details)) return empty;
  // Nested containers some servers use.
  for (const key of ["errors", "fields", "field_errors", "validation_errors"]) {
    const inner = details[key];
    if (Array.isArray(inner)) return fromErrorList(inner);
    if (isRecord(inner) && isErrorMap(inner)) return fromErrorMap(inner);
  }
  // A flat map is only field errors on validation failures; elsewhere details carry context
  // such as {resource, item_id} (404) or {feature} (403).
  const validation = /VALIDAT/i.test(code) || ((status === 400 || status === 422) && code !== "CASCADE_DENY");
  if (validation && isErrorMap(details)) return fromErrorMap(details);
  return empty;
}

/**
 * Litestar's `extra`: `[{message, key, source}]` entries on the body become field errors, the
 * rest request messages ("limit (query): …"); a `{field: msg}` map is field errors.
 */
export function fromLitestarExtra(extra: unknown): Extracted {
  const out: Extracted = { fieldErrors: [], other: [] };
  if (isRecord(extra)) {
    if (isErrorMap(extra)) out.fieldErrors.push(...fromErrorMap(extra).fieldErrors);
    return out;
  }
  if (!Array.isArray(extra)) return out;
  for (const e of extra) {
    if (!isRecord(e)) continue;
    const msg = str(e.message) ?? str(e.msg);
    if (!msg) continue;
    const key = str(e.key);
    const source = str(e.source);
    if (key && (source === "body" || source === undefined)) out.fieldErrors.push({ field: key, message: msg });
    else out.other.push([key, source ? `(${source})` : undefined].filter(Boolean).join(" ") + (key || source ? `: ${msg}` : msg));
  }
  return out;
}

/** "Main message: other; messages" (the main message's trailing '.' or ':' dropped). */
export function joinMessage(main: string, other: string[]): string {
  if (other.length === 0) return main;
  const extra = other.join("; ");
  return main ? `${main.replace(/[.:]\s*$/, "")}: ${extra}` : extra;
}
