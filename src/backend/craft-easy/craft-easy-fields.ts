// What the Craft Easy adapter never sends in a create/update body (craft-easy.md §3.1, §7.1):
// the id, server-managed fields, the revision behind the ETag, and readonly fields. The forms
// already leave them out; this is the adapter's last line of defence.
import type { ResourceSchema } from "../../protocol/types.ts";
import type { Item } from "../types.ts";
import { isServerManaged } from "../../protocol/server-managed.ts";

export { SERVER_MANAGED_FIELDS } from "../../protocol/server-managed.ts";

/** Copy of `body` without the id, server-managed and readonly fields. */
export function writableBody(resource: ResourceSchema, body: Item): Item {
  const out: Item = {};
  for (const [k, v] of Object.entries(body)) {
    if (isServerManaged(k)) continue;
    if (resource.fields[k]?.readonly === true) continue;
    if (v === undefined) continue;
    out[k] = v;
  }
  return out;
}
