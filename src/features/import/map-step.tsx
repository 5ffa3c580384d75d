// Step 2: map each file column to a field (a select labelled by the column header), with value
// maps for select fields and the match mode for relation fields. Required fields no column maps
// to, and fields chosen twice, are listed and block the next step.
import { useMemo } from "react";
import { fieldLabel } from "../../protocol/labels.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { duplicateTargets, missingRequired } from "./core/auto-map.ts";
import { importableFields } from "./core/importable-fields.ts";
import type { ColumnMapping, ParsedTable } from "./core/types.ts";
import { distinctValues, suggestSelectMap, type SelectValueMap } from "./core/value-transforms.ts";

export interface MapStepProps {
  table: ParsedTable;
  resource: ResourceSchema;
  mapping: ColumnMapping;
  onMapping(m: ColumnMapping): void;
  selectMaps: Record<string, SelectValueMap>;
  onSelectMaps(m: Record<string, SelectValueMap>): void;
  relationMatch: Record<string, "label" | "value">;
  onRelationMatch(m: Record<string, "label" | "value">): void;
}

/** What blocks leaving the mapping step (empty = fine). */
export function mappingProblems(mapping: ColumnMapping, resource: ResourceSchema): string[] {
  const out: string[] = [];
  const missing = missingRequired(mapping, resource);
  if (missing.length > 0) out.push(`Map a column to each required field: ${missing.map((f) => fieldLabel(f, resource.fields[f])).join(", ")}.`);
  const dupes = duplicateTargets(mapping);
  if (dupes.length > 0) out.push(`Each field can take one column only: ${dupes.map((f) => fieldLabel(f, resource.fields[f])).join(", ")}.`);
  if (Object.values(mapping).every((f) => f === null)) out.push("Map at least one column.");
  return out;
}

const MAX_VALUES = 50;

export function MapStep({ table, resource, mapping, onMapping, selectMaps, onSelectMaps, relationMatch, onRelationMatch }: MapStepProps) {
  const fields = importableFields(resource);
  const problems = mappingProblems(mapping, resource);
  const samples = useMemo(() => table.columns.map((_, i) => distinctValues(table.rows, i, 3).join(", ")), [table]);
  return (
    <div>
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Column mapping">
        <table className="data-table map-table">
          <caption className="visually-hidden">Column mapping</caption>
          <thead>
            <tr>
              <th scope="col">Column in file</th>
              <th scope="col">Sample values</th>
              <th scope="col">Import into</th>
            </tr>
          </thead>
          <tbody>
            {table.columns.map((column, ci) => {
              const target = mapping[column] ?? null;
              const field = target ? resource.fields[target] : undefined;
              return (
                <tr key={column}>
                  <th scope="row">{column}</th>
                  <td className="muted sample-cell">{samples[ci]}</td>
                  <td>
                    <select
                      className="input"
                      aria-label={column}
                      value={target ?? ""}
                      onChange={(e) => onMapping({ ...mapping, [column]: e.target.value === "" ? null : e.target.value })}
                    >
                      <option value="">— Don’t import —</option>
                      {fields.map((f) => (
                        <option key={f} value={f}>
                          {fieldLabel(f, resource.fields[f])}
                          {resource.fields[f]?.required ? " *" : ""}
                        </option>
                      ))}
                    </select>
                    {field?.relation && (
                      <label className="inline-option">
                        Match by{" "}
                        <select
                          className="input input-small"
                          value={relationMatch[column] ?? "label"}
                          onChange={(e) => onRelationMatch({ ...relationMatch, [column]: e.target.value as "label" | "value" })}
                        >
                          <option value="label">{fieldLabel(field.relation.label_field, undefined)}</option>
                          <option value="value">{fieldLabel(field.relation.value_field, undefined)}</option>
                        </select>
                      </label>
                    )}
                    {field?.options && field.options.length > 0 && target && (
                      <SelectValueEditor
                        column={column}
                        values={distinctValues(table.rows, ci, MAX_VALUES)}
                        options={field.options}
                        suggested={suggestSelectMap(distinctValues(table.rows, ci, MAX_VALUES), field).map}
                        map={selectMaps[column] ?? {}}
                        onMap={(m) => onSelectMaps({ ...selectMaps, [column]: m })}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {problems.length > 0 && (
        <div role="alert" className="alert">
          {problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      )}
    </div>
  );
}

function SelectValueEditor({
  column,
  values,
  options,
  suggested,
  map,
  onMap,
}: {
  column: string;
  values: string[];
  options: { value: string; label: string }[];
  suggested: SelectValueMap;
  map: SelectValueMap;
  onMap(m: SelectValueMap): void;
}) {
  const unmatched = values.filter((v) => !(v in suggested) && !(v in map)).length;
  return (
    <details className="value-map">
      <summary>
        Values{unmatched > 0 ? ` (${unmatched} unmatched)` : ""}
      </summary>
      {values.map((v) => {
        const current = v in map ? map[v] : suggested[v];
        return (
          <label key={v} className="value-map-row">
            <span>{v}</span>
            <select
              className="input input-small"
              aria-label={`${column}: ${v}`}
              value={current === undefined ? "__keep" : current === null ? "__empty" : current}
              onChange={(e) => onMap({ ...map, [v]: e.target.value === "__empty" ? null : e.target.value === "__keep" ? v : e.target.value })}
            >
              <option value="__keep">(as in the file)</option>
              <option value="__empty">(leave empty)</option>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        );
      })}
    </details>
  );
}
