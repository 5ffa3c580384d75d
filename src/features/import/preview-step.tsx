// Step 3: every row checked with the form's validators; counts of valid and invalid rows, a
// preview table with each cell's error, "Errors only", and the dry run's answer.
import { useState } from "react";
import { fieldLabel } from "../../protocol/labels.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import type { ColumnMapping, ParsedTable } from "./core/types.ts";
import { ROW_ERROR_KEY, type ValidationResult } from "./core/validate-rows.ts";

const PAGE = 50;

export interface PreviewStepProps {
  table: ParsedTable;
  resource: ResourceSchema;
  mapping: ColumnMapping;
  result: ValidationResult;
  onDownloadInvalid(): void;
}

export function PreviewStep({ table, resource, mapping, result, onDownloadInvalid }: PreviewStepProps) {
  const [errorsOnly, setErrorsOnly] = useState(result.invalidCount > 0);
  const [shown, setShown] = useState(PAGE);
  const cols = table.columns.map((c, i) => ({ column: c, index: i, field: mapping[c] ?? null })).filter((c) => c.field !== null) as { column: string; index: number; field: string }[];
  const rows = errorsOnly ? result.rows.filter((r) => Object.keys(r.errors).length > 0) : result.rows;
  const plural = resource.label_plural.toLowerCase();
  return (
    <div>
      <p role="status" className="counts">
        <span className="count-ok">{result.validCount.toLocaleString()} valid</span> ·{" "}
        <span className={result.invalidCount > 0 ? "count-bad" : undefined}>{result.invalidCount.toLocaleString()} with errors</span>
      </p>
      <p className="dry-run">
        Dry run: importing would create {result.validCount.toLocaleString()} {result.validCount === 1 ? resource.label.toLowerCase() : plural}
        {result.invalidCount > 0 ? ` and skip ${result.invalidCount.toLocaleString()} rows with errors` : ""}. Nothing has been sent yet.
      </p>
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
          Errors only
        </label>
        {result.invalidCount > 0 && (
          <button type="button" className="btn btn-small" onClick={onDownloadInvalid}>
            Download rows with errors
          </button>
        )}
      </div>
      <div className="table-wrap preview-wrap" tabIndex={0} role="region" aria-label="Preview of the rows">
        <table className="data-table preview-table">
          <caption className="visually-hidden">Rows to import{errorsOnly ? " (errors only)" : ""}</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              {cols.map((c) => (
                <th key={c.column} scope="col">
                  {fieldLabel(c.field, resource.fields[c.field])}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((r) => {
              const cells = table.rows[r.index] ?? [];
              const rowError = r.errors[ROW_ERROR_KEY];
              const unmappedErrors = Object.entries(r.errors).filter(([k]) => k !== ROW_ERROR_KEY && !cols.some((c) => c.field === k));
              return (
                <tr key={r.index} data-invalid={Object.keys(r.errors).length > 0 || undefined}>
                  <th scope="row">
                    {r.line}
                    {(rowError || unmappedErrors.length > 0) && (
                      <span className="cell-error">{[rowError, ...unmappedErrors.map(([k, v]) => `${fieldLabel(k, resource.fields[k])}: ${v}`)].filter(Boolean).join("; ")}</span>
                    )}
                  </th>
                  {cols.map((c) => {
                    const err = r.errors[c.field];
                    return (
                      <td key={c.column} aria-invalid={err ? true : undefined}>
                        {cells[c.index] ?? ""}
                        {err && <span className="cell-error">{err}</span>}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p className="muted">No rows{errorsOnly ? " with errors" : ""}.</p>}
      {rows.length > shown && (
        <p>
          <button type="button" className="btn btn-small" onClick={() => setShown((n) => n + PAGE * 4)}>
            Show more rows ({(rows.length - shown).toLocaleString()} more)
          </button>
        </p>
      )}
    </div>
  );
}
