// Builds the export file. CSV and JSON are written page by page into an array of string parts
// that becomes one Blob, so rows never sit in memory both as objects and as one giant string;
// every string cell that a spreadsheet would run as a formula is neutralised. XLSX is built
// with write-excel-file, loaded only when asked for.
import type { Backend, Item, ListQuery } from "../../backend/types.ts";
import { fieldLabel } from "../../protocol/labels.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { csvField, neutralizeFormula } from "../../lib/spreadsheet-safety.ts";
import { exportPages } from "./export-pages.ts";
import { exportValue, RelationLabelCache, type ValueMode } from "./export-values.ts";

export type ExportFileFormat = "csv" | "json" | "xlsx";

export interface ExportRequest {
  resource: ResourceSchema;
  /** Rows to export: the items themselves (selected rows) or a query to page through. */
  source: { kind: "items"; items: Item[] } | { kind: "query"; query: ListQuery };
  columns: string[];
  format: ExportFileFormat;
  valueMode: ValueMode;
  /** Column headers: field labels (default) or field names. */
  header?: "label" | "name";
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export const MIME: Record<ExportFileFormat, string> = {
  csv: "text/csv;charset=utf-8",
  json: "application/json",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  const text = typeof v === "string" ? v : JSON.stringify(v);
  return csvField(neutralizeFormula(text));
}

function jsonSafe(v: unknown): unknown {
  return typeof v === "string" ? neutralizeFormula(v) : v;
}

async function* sourcePages(backend: Backend, req: ExportRequest): AsyncGenerator<Item[]> {
  if (req.source.kind === "items") {
    req.onProgress?.(req.source.items.length, req.source.items.length);
    for (let i = 0; i < req.source.items.length; i += 500) yield req.source.items.slice(i, i + 500);
    return;
  }
  yield* exportPages(backend, req.resource, req.source.query, { signal: req.signal, onProgress: req.onProgress });
}

export async function buildExport(backend: Backend, req: ExportRequest): Promise<Blob> {
  const { resource, columns, format, valueMode } = req;
  const cache = valueMode === "label" ? new RelationLabelCache(backend, resource) : null;
  const headers = columns.map((c) => (req.header === "name" ? c : fieldLabel(c, resource.fields[c])));
  const rowOf = async (items: Item[]) => {
    if (cache) await cache.fill(columns, items, req.signal);
    return items.map((item) => columns.map((c) => exportValue(c, resource.fields[c], item[c], valueMode, cache)));
  };

  if (format === "csv") {
    const parts: string[] = ["\uFEFF" + headers.map(csvCell).join(",") + "\r\n"];
    for await (const page of sourcePages(backend, req)) {
      const rows = await rowOf(page);
      parts.push(rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n");
    }
    return new Blob(parts, { type: MIME.csv });
  }
  if (format === "json") {
    const parts: string[] = ["["];
    let first = true;
    for await (const page of sourcePages(backend, req)) {
      const rows = await rowOf(page);
      const text = rows
        .map((r) => JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, jsonSafe(r[i] ?? null)]))))
        .join(",\n");
      if (text === "") continue;
      parts.push((first ? "\n" : ",\n") + text);
      first = false;
    }
    parts.push("\n]\n");
    return new Blob(parts, { type: MIME.json });
  }
  const { default: writeXlsxFile } = await import("write-excel-file/browser");
  type XCell = string | number | boolean | null;
  const data: XCell[][] = [headers];
  for await (const page of sourcePages(backend, req)) {
    const rows = await rowOf(page);
    for (const r of rows) {
      data.push(
        r.map((v): XCell => {
          if (v === null || v === undefined) return null;
          if (typeof v === "number" || typeof v === "boolean") return v;
          return neutralizeFormula(typeof v === "string" ? v : JSON.stringify(v));
        }),
      );
    }
  }
  return writeXlsxFile(data).toBlob();
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
