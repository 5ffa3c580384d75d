// The downloadable file of rows that were not imported: the original cells plus an `error`
// column, as RFC 4180 CSV with a UTF-8 BOM, ready to fix and import again. Formula-like cells
// carry the same guard as every file Atrium writes; the import strips it, so re-importing gives
// back the same values.
import { toCsv } from "../../../lib/spreadsheet-safety.ts";
import type { Cell, RunRow } from "./types.ts";
import { t } from "../messages.ts";

/** Name of the added column ("error", or "import error" when the file already has "error"). */
export function errorColumnName(columns: string[]): string {
  const taken = new Set(columns.map((c) => c.toLowerCase()));
  const first = t("errorColumn");
  if (!taken.has(first.toLowerCase())) return first;
  let name = t("errorColumnAlt");
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = t("errorColumnAltN", { n });
  return name;
}

export function failedRowsCsv(columns: string[], rows: Cell[][], errors: string[]): string {
  const header = [...columns, errorColumnName(columns)];
  const body = rows.map((cells, i) => {
    const padded = columns.map((_, c) => cells[c] ?? "");
    return [...padded, errors[i] ?? ""];
  });
  return toCsv([header, ...body], { bom: true });
}

/** Field errors of a validated row as one line: "price: Must be 0 or more; sku: ...". */
export function joinErrors(errors: Record<string, string>): string {
  return Object.entries(errors)
    .map(([k, v]) => (k === "_row" ? v : `${k}: ${v}`))
    .join("; ");
}

/** failedRowsCsv over a run's failed (and optionally skipped) rows, using their original cells. */
export function failedRowsCsvFromRun(columns: string[], rows: RunRow[]): string {
  return failedRowsCsv(
    columns,
    rows.map((r) => r.cells ?? []),
    rows.map((r) => t("fileLine", { line: r.line, error: r.error ?? t("notImported") })),
  );
}
