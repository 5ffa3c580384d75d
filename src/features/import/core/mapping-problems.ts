// What blocks leaving the mapping step: required fields no column maps to, fields chosen for
// two columns, or nothing mapped at all.
import { fieldLabel } from "../../../protocol/labels.ts";
import type { ResourceSchema } from "../../../protocol/types.ts";
import { duplicateTargets, missingRequired } from "./auto-map.ts";
import type { ColumnMapping } from "./types.ts";
import { t } from "../messages.ts";

/** The fields by their labels, comma-separated. */
function listOf(fields: string[], resource: ResourceSchema): string {
  return fields.map((f) => fieldLabel(f, resource.fields[f])).join(", ");
}

/** One message per kind of problem (empty = fine). */
export function mappingProblems(mapping: ColumnMapping, resource: ResourceSchema): string[] {
  const out: string[] = [];
  const missing = missingRequired(mapping, resource);
  if (missing.length > 0) out.push(t("missingRequired", { fields: listOf(missing, resource) }));
  const dupes = duplicateTargets(mapping);
  if (dupes.length > 0) out.push(t("duplicateTargets", { fields: listOf(dupes, resource) }));
  if (Object.values(mapping).every((f) => f === null)) out.push(t("nothingMapped"));
  return out;
}
