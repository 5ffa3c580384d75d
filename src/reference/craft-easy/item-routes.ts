// Create (`POST /{resource}`) and the item routes (`/{resource}/{id}`, craft-easy.md §7): GET with
// the revision ETag and 304, then for writes the order of checks 404 → 428/412 → 403 → 422 → 409.
import { isObjectId } from "../object-id.ts";
import type { StoredRecord } from "../store/types.ts";
import { etagMatches, revisionTag } from "./etag.ts";
import { itemResponse, keepReadonly, notFound, relationExists, storeErrorResponse, writeBody } from "./records.ts";
import { craftEasyError, jsonResponse, validationError } from "./responses.ts";
import type { ResourceRequest } from "./types.ts";
import { validateBody } from "./validate-body.ts";

export async function createRecord(target: ResourceRequest): Promise<Response> {
  const { context, resource, definition } = target;
  const body = await writeBody(target);
  if (!body.ok) return body.response;
  const { data, issues } = validateBody(resource.fields, body.body, "create", { relationExists: relationExists(context.store) });
  if (issues.length > 0) return validationError(issues);
  for (const [field, gen] of Object.entries(definition.generate ?? {})) {
    if (data[field] === undefined || data[field] === null) data[field] = gen(context.store);
  }
  try {
    const rec = context.store.insert(target.name, data, { actor: target.actor });
    return itemResponse(target, 201, rec, { Location: `${resource.endpoint}/${rec.id}` });
  } catch (e) {
    return storeErrorResponse(e);
  }
}

/** 428 without If-Match, 412 when it is stale; null when the write may go ahead. */
function precondition(target: ResourceRequest, rec: StoredRecord): Response | null {
  const ifMatch = target.request.headers.get("if-match");
  if (ifMatch === null || ifMatch.trim() === "") {
    return craftEasyError(428, "ETAG_REQUIRED", "If-Match header is required for this operation", { resource: target.name, item_id: rec.id });
  }
  if (!etagMatches(ifMatch, revisionTag(rec))) {
    return craftEasyError(412, "ETAG_MISMATCH", "The document was modified by someone else (ETag mismatch)", { resource: target.name, item_id: rec.id, current_etag: revisionTag(rec) });
  }
  return null;
}

async function writeRecord(target: ResourceRequest, rec: StoredRecord): Promise<Response> {
  const { context, resource } = target;
  const body = await writeBody(target);
  if (!body.ok) return body.response;
  const mode = target.method === "PUT" ? "replace" : "update";
  const { data, issues } = validateBody(resource.fields, body.body, mode, { relationExists: relationExists(context.store) });
  if (issues.length > 0) return validationError(issues);
  const updated = context.store.update(target.name, rec.id, mode === "replace" ? keepReadonly(rec.doc, resource, data) : data, { actor: target.actor }, mode);
  return itemResponse(target, 200, updated);
}

export async function itemRoute(target: ResourceRequest, id: string): Promise<Response> {
  const { context, request } = target;
  const rec = isObjectId(id) ? context.store.get(target.name, id) : undefined;
  if (!rec) return notFound(target.name, id);
  if (target.method === "GET") {
    const etag = revisionTag(rec);
    if (etagMatches(request.headers.get("if-none-match"), etag)) return jsonResponse(304, null, { ETag: etag });
    return itemResponse(target, 200, rec);
  }
  const failed = precondition(target, rec);
  if (failed) return failed;
  try {
    if (target.method === "DELETE") {
      context.store.remove(target.name, rec.id, { actor: target.actor });
      return jsonResponse(204, null);
    }
    return await writeRecord(target, rec);
  } catch (e) {
    return storeErrorResponse(e);
  }
}
