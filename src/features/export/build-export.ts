// Writes the export file, whatever the rows came from (selected items, the list paged through,
// or the backend's export endpoint): the chosen columns, labels or raw values, in CSV, JSON or
// XLSX, every cell through the one formula guard (lib/spreadsheet-safety.ts). CSV and JSON are
// written page by page into string parts that become one Blob, so rows never sit in memory both
// as objects and as one giant string. XLSX is written with write-excel-file, loaded only when
// asked for.
import type { Backend, ExportFormat, Item } from "../../backend/types.ts";
import { safeCell, safeJsonValue, toCsv, type SafeCell } from "../../lib/spreadsheet-safety.ts";
import { fieldLabel } from "../../protocol/labels.ts";
import { exportPages } from "./export-pages.ts";
import { exportValue, needsIdColumn, RECORD_ID_COLUMN, RelationLabelCache } from "./export-values.ts";
import { serverRows } from "./server-export.ts";
import type { ExportRequest } from "./types.ts";

export const MIME: Record<ExportFormat, string> = {
  csv: "text/csv;charset=utf-8",
  json: "application/json",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

const PAGE = 500;

function* inPages(items: Item[]): Generator<Item[]> {
  for (let i = 0; i < items.length; i += PAGE) yield items.slice(i, i + PAGE);
}

async function* sourcePages(backend: Backend, req: ExportRequest): AsyncGenerator<Item[]> {
  const { source } = req;
  if (source.kind === "query") {
    yield* exportPages(backend, req.resource, source.query, { signal: req.signal, onProgress: req.onProgress });
    return;
  }
  const items = source.kind === "items" ? source.items : await serverRows(backend, req.resource, req.signal);
  req.onProgress?.(items.length, items.length);
  yield* inPages(items);
}

export async function buildExport(backend: Backend, req: ExportRequest): Promise<Blob> {
  const { resource, columns, format, valueMode } = req;
  const cache = valueMode === "label" ? new RelationLabelCache(backend, resource) : null;
  const headers = columns.map((c) => (req.header === "name" ? c : fieldLabel(c, resource.fields[c])));
  const idColumn = needsIdColumn(resource);
  const cell = (item: Item, c: string): unknown =>
    idColumn && c === RECORD_ID_COLUMN ? backend.idOf(resource, item) : exportValue(c, resource.fields[c], item[c], valueMode, cache);
  const rowsOf = async (items: Item[]) => {
    if (cache) await cache.fill(columns, items, req.signal);
    return items.map((item) => columns.map((c) => cell(item, c)));
  };

  if (format === "csv") {
    const parts = [toCsv([headers], { bom: true })];
    for await (const page of sourcePages(backend, req)) parts.push(toCsv(await rowsOf(page)));
    return new Blob(parts, { type: MIME.csv });
  }
  if (format === "json") {
    const parts = ["["];
    for await (const page of sourcePages(backend, req)) {
      const rows = await rowsOf(page);
      if (rows.length === 0) continue;
      const text = rows.map((row) => JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, safeJsonValue(row[i] ?? null)])))).join(",\n");
      parts.push((parts.length === 1 ? "\n" : ",\n") + text);
    }
    parts.push("\n]\n");
    return new Blob(parts, { type: MIME.json });
  }
  const { default: writeXlsxFile } = await import("write-excel-file/browser");
  const data: SafeCell[][] = [headers.map(safeCell)];
  for await (const page of sourcePages(backend, req)) for (const row of await rowsOf(page)) data.push(row.map(safeCell));
  return writeXlsxFile(data).toBlob();
}
