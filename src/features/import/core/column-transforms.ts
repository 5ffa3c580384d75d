// The transforms Validate applies per mapped column: a relation column's values resolved to
// related ids (requests in batches, so this is async), a select column's values mapped to
// options (the suggestion, overridden where the user chose).
import { isMultiRelation } from "../../../protocol/resolve-widget.ts";
import type { ResourceSchema } from "../../../protocol/types.ts";
import type { ColumnMapping, ParsedTable } from "./types.ts";
import { buildRelationTransform, distinctValues, suggestSelectMap, type ColumnTransforms, type RelationResolver, type SelectValueMap } from "./value-transforms.ts";

export interface ColumnTransformsInput {
  table: ParsedTable;
  mapping: ColumnMapping;
  resource: ResourceSchema;
  selectMaps: Record<string, SelectValueMap>;
  relationMatch: Record<string, "label" | "value">;
  /** Resolves values of a relation field, matched by label or by value. */
  resolver(fieldName: string, matchBy: "label" | "value"): RelationResolver;
  signal?: AbortSignal;
  /** A relation column is being matched: `done` of `total` distinct values (0 of 0 at its start). */
  onProgress?(column: string, done: number, total: number): void;
}

export async function columnTransforms({ table, mapping, resource, selectMaps, relationMatch, resolver, signal, onProgress }: ColumnTransformsInput): Promise<ColumnTransforms> {
  const transforms: ColumnTransforms = {};
  for (const [ci, column] of table.columns.entries()) {
    const name = mapping[column];
    const field = name ? resource.fields[name] : undefined;
    if (!name || !field) continue;
    if (field.relation) {
      onProgress?.(column, 0, 0);
      const matchBy = relationMatch[column] ?? "label";
      transforms[column] = await buildRelationTransform(table.rows, ci, resolver(name, matchBy), {
        matchBy,
        multi: isMultiRelation(field),
        signal,
        onProgress: (done, total) => onProgress?.(column, done, total),
      });
    } else if (field.options && field.options.length > 0) {
      const suggested = suggestSelectMap(distinctValues(table.rows, ci), field).map;
      transforms[column] = { kind: "select", map: { ...suggested, ...selectMaps[column] } };
    }
  }
  return transforms;
}
