// Which fields an import may write: those a create may send (protocol/server-managed.ts: not
// readonly, not server-managed, even when the schema forgets to mark them readonly).
import type { ResourceSchema } from "../../../protocol/types.ts";
import { writableFields } from "../../../protocol/server-managed.ts";

/** Writable field names, in schema order. */
export function importableFields(resource: ResourceSchema): string[] {
  return writableFields(resource, "create");
}
