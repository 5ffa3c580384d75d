// Step 3: every row checked with the form's validators; counts of valid and invalid rows, a
// preview table with each cell's error, "Errors only", and the dry run's answer.
import { useState } from "react";
import { fieldLabel } from "../../protocol/labels.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import type { ColumnMapping, ParsedTable } from "./core/types.ts";
import { ROW_ERROR_KEY, type RowResult, type ValidationResult } from "./core/validate-rows.ts";
import { useImportContext } from "./import-controller-context.tsx";
import { t } from "./messages.ts";

const PAGE = 50;

interface MappedColumn {
  column: string;
  index: number;
  field: string;
}

export function PreviewStep() {
  const { table, validation, resource, mapping, downloadFailed } = useImportContext();
  if (!table || !validation) return null;
  return <Preview table={table} result={validation} resource={resource} mapping={mapping} onDownloadInvalid={downloadFailed} />;
}

function Preview({ table, result, resource, mapping, onDownloadInvalid }: { table: ParsedTable; result: ValidationResult; resource: ResourceSchema; mapping: ColumnMapping; onDownloadInvalid(): void }) {
  const [errorsOnly, setErrorsOnly] = useState(result.invalidCount > 0);
  const [shown, setShown] = useState(PAGE);
  const cols = table.columns.flatMap((column, index): MappedColumn[] => {
    const field = mapping[column];
    return field ? [{ column, index, field }] : [];
  });
  const rows = errorsOnly ? result.rows.filter((r) => Object.keys(r.errors).length > 0) : result.rows;
  const words = { count: result.validCount, invalid: result.invalidCount, label: resource.label.toLowerCase(), labelPlural: resource.label_plural.toLowerCase() };
  return (
    <div>
      <p role="status" className="counts">
        <span className="count-ok">{t("validCount", { count: result.validCount })}</span> ·{" "}
        <span className={result.invalidCount > 0 ? "count-bad" : undefined}>{t("invalidCount", { count: result.invalidCount })}</span>
      </p>
      <p className="dry-run">{result.invalidCount > 0 ? t("dryRunWithSkips", words) : t("dryRun", words)}</p>
      <div className="preview-tools">
        <label className="check">
          <input
            type="checkbox"
            checked={errorsOnly}
            onChange={(e) => {
              setErrorsOnly(e.target.checked);
              setShown(PAGE);
            }}
          />
          {t("errorsOnly")}
        </label>
        {result.invalidCount > 0 && (
          <button type="button" className="btn btn-small" onClick={onDownloadInvalid}>
            {t("downloadInvalid")}
          </button>
        )}
      </div>
      <div className="table-wrap preview-wrap" tabIndex={0} role="region" aria-label={t("preview")}>
        <table className="data-table preview-table">
          <caption className="visually-hidden">{errorsOnly ? t("rowsToImportErrorsOnly") : t("rowsToImport")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("line")}</th>
              {cols.map((c) => (
                <th key={c.column} scope="col">
                  {fieldLabel(c.field, resource.fields[c.field])}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((r) => (
              <PreviewRow key={r.index} row={r} cells={table.rows[r.index] ?? []} cols={cols} resource={resource} />
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p className="muted">{errorsOnly ? t("noRowsWithErrors") : t("noRows")}</p>}
      {rows.length > shown && (
        <p>
          <button type="button" className="btn btn-small" onClick={() => setShown((n) => n + PAGE * 4)}>
            {t("showMore", { count: rows.length - shown })}
          </button>
        </p>
      )}
    </div>
  );
}

/** One row: its line (with errors of the whole row or of unmapped fields), each mapped cell with its error. */
function PreviewRow({ row, cells, cols, resource }: { row: RowResult; cells: (string | null)[]; cols: MappedColumn[]; resource: ResourceSchema }) {
  const rowError = row.errors[ROW_ERROR_KEY];
  const unmappedErrors = Object.entries(row.errors).filter(([k]) => k !== ROW_ERROR_KEY && !cols.some((c) => c.field === k));
  return (
    <tr data-invalid={Object.keys(row.errors).length > 0 || undefined}>
      <th scope="row">
        {row.line}
        {(rowError || unmappedErrors.length > 0) && (
          <span className="cell-error">{[rowError, ...unmappedErrors.map(([k, v]) => `${fieldLabel(k, resource.fields[k])}: ${v}`)].filter(Boolean).join("; ")}</span>
        )}
      </th>
      {cols.map((c) => {
        const err = row.errors[c.field];
        return (
          <td key={c.column} aria-invalid={err ? true : undefined}>
            {cells[c.index] ?? ""}
            {err && <span className="cell-error">{err}</span>}
          </td>
        );
      })}
    </tr>
  );
}
