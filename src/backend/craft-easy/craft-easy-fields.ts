// What the Craft Easy adapter never sends in a create/update body (craft-easy.md §3.1, §7.1):
// the id, server-managed fields, the revision behind the ETag, and readonly fields. The forms
// already leave them out; this is the adapter's last line of defence.
import type { ResourceSchema } from "../../protocol/types.ts";
import type { Item } from "../types.ts";

export const SERVER_MANAGED_FIELDS: readonly string[] = [
  "id",
  "_id",
  "tenant_id",
  "created_at",
  "updated_at",
  "created_by",
  "updated_by",
  "is_deleted",
  "deleted_at",
  "deleted_by",
  "revision_id",
  "_revision_id",
];

const SERVER_MANAGED = new Set(SERVER_MANAGED_FIELDS);

/** Copy of `body` without the id, server-managed and readonly fields. */
export function writableBody(resource: ResourceSchema, body: Item): Item {
  const out: Item = {};
  for (const [k, v] of Object.entries(body)) {
    if (SERVER_MANAGED.has(k)) continue;
    if (resource.fields[k]?.readonly === true) continue;
    if (v === undefined) continue;
    out[k] = v;
  }
  return out;
}
