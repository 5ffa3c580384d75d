// What blocks leaving the mapping step: required fields no column maps to, fields chosen for
// two columns, or nothing mapped at all.
import { fieldLabel } from "../../../protocol/labels.ts";
import type { ResourceSchema } from "../../../protocol/types.ts";
import { duplicateTargets, missingRequired } from "./auto-map.ts";
import type { ColumnMapping } from "./types.ts";

/** One message per kind of problem (empty = fine). */
export function mappingProblems(mapping: ColumnMapping, resource: ResourceSchema): string[] {
  const out: string[] = [];
  const missing = missingRequired(mapping, resource);
  if (missing.length > 0) out.push(`Map a column to each required field: ${missing.map((f) => fieldLabel(f, resource.fields[f])).join(", ")}.`);
  const dupes = duplicateTargets(mapping);
  if (dupes.length > 0) out.push(`Each field can take one column only: ${dupes.map((f) => fieldLabel(f, resource.fields[f])).join(", ")}.`);
  if (Object.values(mapping).every((f) => f === null)) out.push("Map at least one column.");
  return out;
}
