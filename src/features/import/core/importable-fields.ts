// Which fields an import may write: not readonly, and not server-managed (craft-easy.md §3.1:
// these are never sent, even when the schema forgets to mark them readonly).
import type { ResourceSchema } from "../../../protocol/types.ts";

export const SERVER_MANAGED_FIELDS: ReadonlySet<string> = new Set([
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
]);

/** Writable field names, in schema order. */
export function importableFields(resource: ResourceSchema): string[] {
  return Object.entries(resource.fields)
    .filter(([name, field]) => !field.readonly && !SERVER_MANAGED_FIELDS.has(name))
    .map(([name]) => name);
}
