// What the record routes share: a document as the caller may see it (id under the configured key,
// hidden fields left out), item answers with their ETag, the store's errors in the envelope, and
// the write-body guard for read-only and hidden fields.
import type { ResourceSchema } from "../../protocol/types.ts";
import type { Doc, Store, StoredRecord } from "../store/types.ts";
import { StoreError } from "../store/store-error.ts";
import { revisionTag } from "./etag.ts";
import { craftEasyError, jsonResponse, readJson } from "./responses.ts";
import type { ResourceRequest } from "./types.ts";

export function present(idKey: "id" | "_id", doc: Doc, hidden: string[]): Doc {
  const out: Doc = {};
  out[idKey] = doc.id;
  for (const [k, v] of Object.entries(doc)) {
    if (k === "id" || hidden.includes(k)) continue;
    out[k] = v;
  }
  return out;
}

export function itemResponse(target: ResourceRequest, status: number, rec: StoredRecord, extra: Record<string, string> = {}): Response {
  return jsonResponse(status, present(target.context.idKey, rec.doc, target.access.hidden), { ETag: revisionTag(rec), ...extra });
}

export function notFound(resource: string, id: string): Response {
  return craftEasyError(404, "NOT_FOUND", `${resource} record ${id} not found`, { resource, item_id: id });
}

/** StoreError → 409 CONFLICT, 422 CASCADE_DENY or 404; anything else is rethrown (→ 500). */
export function storeErrorResponse(e: unknown): Response {
  if (!(e instanceof StoreError)) throw e;
  if (e.code === "CONFLICT") return craftEasyError(409, "CONFLICT", e.message, e.details);
  if (e.code === "CASCADE_DENY") return craftEasyError(422, "CASCADE_DENY", e.message, e.details);
  return craftEasyError(404, "NOT_FOUND", e.message, e.details);
}

/** Does a live record with this id exist behind the relation endpoint? */
export function relationExists(store: Store): (endpoint: string, id: string) => boolean {
  return (endpoint, id) => {
    const name = endpoint.replace(/^\//, "");
    return store.has(name) && store.get(name, id) !== undefined;
  };
}

/** The JSON body of a write; 403 when it names a field the caller may not write. */
export async function writeBody(target: ResourceRequest): Promise<{ ok: true; body: Doc } | { ok: false; response: Response }> {
  const parsed = await readJson(target.request);
  if (!parsed.ok) return parsed;
  const body = parsed.body;
  if (typeof body === "object" && body !== null && !Array.isArray(body)) {
    const { readonly, hidden } = target.access;
    const denied = Object.keys(body).filter((k) => readonly.includes(k) || hidden.includes(k));
    if (denied.length > 0) {
      return { ok: false, response: craftEasyError(403, "ACCESS_DENIED", `You may not write the field(s) ${denied.join(", ")}`, { resource: target.name, fields: denied }) };
    }
  }
  return { ok: true, body: body as Doc };
}

/** PUT replaces the writable fields; readonly fields (e.g. an order number) keep their value. */
export function keepReadonly(current: Doc, resource: ResourceSchema, data: Doc): Doc {
  const out: Doc = { ...data };
  for (const [name, f] of Object.entries(resource.fields)) {
    if (f.readonly && current[name] !== undefined) out[name] = current[name];
  }
  for (const k of Object.keys(current)) {
    if (!(k in resource.fields) && !(k in out)) out[k] = current[k];
  }
  return out;
}
