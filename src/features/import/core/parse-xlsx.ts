// XLSX reading with read-excel-file, loaded by dynamic import() only when an .xlsx file is
// chosen. Its `web-worker` entry reads in the calling thread without spawning workers of its
// own, which is what parse-worker.ts needs (and works on the main thread as a fallback).
import { detectHeader } from "./detect-dialect.ts";
import { createTableCollector } from "./table-collector.ts";
import type { Cell, ParsedTable, ParseOptions } from "./types.ts";

type XlsxInput = Blob | ArrayBuffer;
type RawCell = string | number | boolean | Date | null | undefined | object;

export interface XlsxReader {
  readSheet(input: XlsxInput, sheet?: number | string): Promise<RawCell[][]>;
}

async function defaultReader(): Promise<XlsxReader> {
  const mod = await import("read-excel-file/web-worker");
  return {
    readSheet: (input, sheet) => (sheet === undefined ? mod.readSheet(input) : mod.readSheet(input, sheet)) as Promise<RawCell[][]>,
  };
}

/** True for names/types of XLSX workbooks. */
export function isXlsxFile(file: { name?: string; type?: string }): boolean {
  return /\.xlsx$/i.test(file.name ?? "") || file.type === "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, "0");
}

/**
 * An XLSX cell as import text: numbers in machine notation without float noise (0.1+0.2 →
 * "0.3"), booleans as "true"/"false", dates as ISO ("YYYY-MM-DD" when there is no time of day;
 * spreadsheet dates carry no time zone, so they are read as UTC and written without offset).
 */
export function xlsxCellText(value: RawCell): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(Number.parseFloat(value.toPrecision(15))) : null;
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const date = `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const h = value.getUTCHours();
    const m = value.getUTCMinutes();
    const s = value.getUTCSeconds();
    if (h === 0 && m === 0 && s === 0 && value.getUTCMilliseconds() === 0) return date;
    return `${date}T${pad(h)}:${pad(m)}:${pad(s)}`;
  }
  return String(value);
}

/** Reads one sheet into a ParsedTable. Fully empty rows are skipped; `lines` are sheet row numbers. */
export async function parseXlsx(input: XlsxInput, opts: ParseOptions = {}, reader?: XlsxReader): Promise<ParsedTable> {
  const r = reader ?? (await defaultReader());
  const raw = await r.readSheet(input, opts.sheet);
  const rows: { cells: Cell[]; line: number }[] = [];
  raw.forEach((row, i) => {
    const cells = row.map(xlsxCellText);
    if (cells.every((c) => c === null || c.trim() === "")) return;
    rows.push({ cells, line: i + 1 });
  });
  const hasHeader = opts.hasHeader ?? detectHeader(rows.slice(0, 50).map((r) => r.cells.map((c) => c ?? "")));
  const collector = createTableCollector(hasHeader, opts.columnName);
  for (const row of rows) collector.add(row.cells, row.line);
  return collector.finish({
    fileName: opts.fileName ?? "",
    format: "xlsx",
    encoding: "utf-8",
    delimiter: ",",
    quoteChar: '"',
    newline: "\n",
    decimal: ".",
    byteLength: input instanceof ArrayBuffer ? input.byteLength : input.size,
    ...(typeof opts.sheet === "string" ? { sheetName: opts.sheet } : {}),
  });
}
