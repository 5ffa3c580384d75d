// Step 2: map each file column to a field (a select labelled by the column header), with value
// maps for select fields and the match mode for relation fields. Required fields no column maps
// to, and fields chosen twice, are listed and block the next step.
import { useMemo } from "react";
import { fieldLabel } from "../../protocol/labels.ts";
import { importableFields } from "./core/importable-fields.ts";
import type { ParsedTable } from "./core/types.ts";
import { distinctValues, suggestSelectMap, type SelectValueMap } from "./core/value-transforms.ts";
import { useImportContext } from "./import-controller-context.tsx";
import { t } from "./messages.ts";
import type { RelationMatch } from "./types.ts";

const MAX_VALUES = 50;

export function MapStep() {
  const { table, problems } = useImportContext();
  const samples = useMemo(() => (table ? table.columns.map((_, i) => distinctValues(table.rows, i, 3).join(", ")) : []), [table]);
  if (!table) return null;
  return (
    <div>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t("mapping")}>
        <table className="data-table map-table">
          <caption className="visually-hidden">{t("mapping")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("columnInFile")}</th>
              <th scope="col">{t("sampleValues")}</th>
              <th scope="col">{t("importInto")}</th>
            </tr>
          </thead>
          <tbody>
            {table.columns.map((column, ci) => (
              <MappingRow key={column} table={table} column={column} columnIndex={ci} sample={samples[ci] ?? ""} />
            ))}
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

/** One file column: its samples, the field it goes into, and that field's value options. */
function MappingRow({ table, column, columnIndex, sample }: { table: ParsedTable; column: string; columnIndex: number; sample: string }) {
  const { resource, mapping, setMapping, selectMaps, setSelectMaps, relationMatch, setRelationMatch } = useImportContext();
  const fields = importableFields(resource);
  const target = mapping[column] ?? null;
  const field = target ? resource.fields[target] : undefined;
  const values = field?.options && field.options.length > 0 ? distinctValues(table.rows, columnIndex, MAX_VALUES) : [];
  return (
    <tr>
      <th scope="row">{column}</th>
      <td className="muted sample-cell">{sample}</td>
      <td>
        <select className="input" aria-label={column} value={target ?? ""} onChange={(e) => setMapping({ ...mapping, [column]: e.target.value === "" ? null : e.target.value })}>
          <option value="">{t("dontImport")}</option>
          {fields.map((f) => (
            <option key={f} value={f}>
              {fieldLabel(f, resource.fields[f])}
              {resource.fields[f]?.required ? " *" : ""}
            </option>
          ))}
        </select>
        {field?.relation && (
          <label className="inline-option">
            {t("matchBy")}{" "}
            <select
              className="input input-small"
              value={relationMatch[column] ?? "label"}
              onChange={(e) => setRelationMatch({ ...relationMatch, [column]: e.target.value as RelationMatch })}
            >
              <option value="label">{fieldLabel(field.relation.label_field, undefined)}</option>
              <option value="value">{fieldLabel(field.relation.value_field, undefined)}</option>
            </select>
          </label>
        )}
        {field?.options && field.options.length > 0 && target && (
          <SelectValueEditor
            column={column}
            values={values}
            options={field.options}
            suggested={suggestSelectMap(values, field).map}
            map={selectMaps[column] ?? {}}
            onMap={(m) => setSelectMaps({ ...selectMaps, [column]: m })}
          />
        )}
      </td>
    </tr>
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
        {unmatched > 0 ? t("valuesUnmatched", { count: unmatched }) : t("values")}
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
              <option value="__keep">{t("asInFile")}</option>
              <option value="__empty">{t("leaveEmpty")}</option>
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
