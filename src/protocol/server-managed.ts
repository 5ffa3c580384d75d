// Fields the client never sends (craft-easy.md §3.1, §7.1): the id, readonly fields and the
// server-managed fields, even when the schema forgets to mark them readonly.
import type { ResourceSchema } from "./types.ts";

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
  "revision_id", // the revision behind the ETag (§7.3)
  "_revision_id",
];

const MANAGED = new Set(SERVER_MANAGED_FIELDS);

export function isServerManaged(name: string): boolean {
  return MANAGED.has(name);
}

export type WriteMode = "create" | "update";

/**
 * Names of the fields a create/update body may carry, in schema key order. Both modes exclude the
 * same fields today (the protocol makes no distinction); the mode is part of the signature so a
 * dialect rule can differ later without changing callers.
 */
export function writableFields(resource: Pick<ResourceSchema, "fields">, _mode: WriteMode = "update"): string[] {
  return Object.entries(resource.fields)
    .filter(([name, field]) => !field.readonly && !MANAGED.has(name))
    .map(([name]) => name);
}

/**
 * A copy of `body` with only writable schema fields: drops the id, readonly and server-managed
 * fields and keys the schema does not describe. `undefined` values are dropped too.
 */
export function stripForWrite(resource: Pick<ResourceSchema, "fields">, body: Record<string, unknown>, mode: WriteMode = "update"): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of writableFields(resource, mode)) {
    if (Object.hasOwn(body, name) && body[name] !== undefined) out[name] = body[name];
  }
  return out;
}
