// Server export helpers (litestar-admin.md §10, §1 #8/#9): validate the downloaded file before it
// is offered, and map Python `str(Enum)` values (`Status.draft`) back to the schema's enum values.
import Papa from "papaparse";
import type { ResourceSchema } from "../../protocol/types.ts";
import type { ExportFormat } from "../types.ts";

export const EXPORT_MIME: Record<ExportFormat, string> = {
  csv: "text/csv;charset=utf-8",
  json: "application/json",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Enum values per column: `{ status: Set("draft","published") }` from the fields' options. */
export function enumColumns(resource: ResourceSchema): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [name, field] of Object.entries(resource.fields)) {
    if (field.options && field.options.length > 0) out.set(name, new Set(field.options.map((o) => o.value)));
  }
  return out;
}

/**
 * `Status.draft` → `draft` when `draft` is one of the column's enum values. The member name is
 * usually the value; when they differ we still strip the class prefix if the rest is a value
 * case-insensitively, else leave the cell as the server wrote it.
 */
export function unmapEnumValue(cell: unknown, values: Set<string>): unknown {
  if (typeof cell !== "string" || values.has(cell)) return cell;
  const m = /^[A-Za-z_][A-Za-z0-9_]*\.(.+)$/.exec(cell);
  if (!m) return cell;
  const member = m[1] as string;
  if (values.has(member)) return member;
  const lower = member.toLowerCase();
  for (const v of values) if (v.toLowerCase() === lower) return v;
  return cell;
}

export class ExportValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExportValidationError";
  }
}

function unmapRow(row: Record<string, unknown>, enums: Map<string, Set<string>>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...row };
  for (const [col, values] of enums) if (col in out) out[col] = unmapEnumValue(out[col], values);
  return out;
}

/** Parse, validate and un-map a JSON export. Throws ExportValidationError on a truncated body. */
export function fixJsonExport(text: string, enums: Map<string, Set<string>>, expectedRows?: number): string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ExportValidationError("The server sent an incomplete JSON export (it stopped mid-stream).");
  }
  if (!Array.isArray(data)) throw new ExportValidationError("The server's JSON export is not a list of records.");
  if (expectedRows !== undefined && data.length !== expectedRows) {
    throw new ExportValidationError(`The server's export has ${data.length} rows, expected ${expectedRows}.`);
  }
  const rows = data.map((r: unknown) => (r && typeof r === "object" && !Array.isArray(r) ? unmapRow(r as Record<string, unknown>, enums) : r));
  return JSON.stringify(rows, null, 2);
}

/** Validate a CSV export (header present, row count when known) and un-map enum cells. */
export function fixCsvExport(text: string, enums: Map<string, Set<string>>, expectedRows?: number): string {
  const body = text.replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: true });
  const rows = parsed.data;
  const header = rows[0];
  if (!header || header.length === 0 || header.every((h) => h.trim() === "")) {
    throw new ExportValidationError("The server sent an empty CSV export (no header row).");
  }
  const dataRows = rows.slice(1);
  if (expectedRows !== undefined && dataRows.length !== expectedRows) {
    throw new ExportValidationError(`The server's export has ${dataRows.length} rows, expected ${expectedRows}.`);
  }
  if (dataRows.some((r) => r.length !== header.length)) {
    throw new ExportValidationError("The server sent a truncated CSV export (a row is incomplete).");
  }
  const enumIdx = header.map((h) => enums.get(h));
  if (enumIdx.every((e) => e === undefined)) return text;
  const fixed = dataRows.map((r) => r.map((cell, i) => {
    const values = enumIdx[i];
    return values ? String(unmapEnumValue(cell, values)) : cell;
  }));
  return Papa.unparse([header, ...fixed], { newline: "\r\n" }) + "\r\n";
}

/** XLSX is a ZIP: it must start with `PK`. Cells are not rewritten (that would need a reader). */
export async function checkXlsxExport(blob: Blob): Promise<void> {
  const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
  if (head.length < 2 || head[0] !== 0x50 || head[1] !== 0x4b) {
    throw new ExportValidationError("The server sent an invalid XLSX export (not a ZIP file).");
  }
}

/** Validate a downloaded export and return the blob to offer (JSON/CSV with enum values fixed). */
export async function finishExport(blob: Blob, format: ExportFormat, resource: ResourceSchema, expectedRows?: number): Promise<Blob> {
  if (format === "xlsx") {
    await checkXlsxExport(blob);
    return blob.type ? blob : new Blob([blob], { type: EXPORT_MIME.xlsx });
  }
  const text = await blob.text();
  const enums = enumColumns(resource);
  const fixed = format === "json" ? fixJsonExport(text, enums, expectedRows) : fixCsvExport(text, enums, expectedRows);
  return new Blob([fixed], { type: EXPORT_MIME[format] });
}
