// Server export (litestar-admin.md §10): every row in database order whatever the search or sort
// (§1 #8), the list columns, enums as `Status.draft` (§1 #9), CSV/JSON/XLSX; `truncateExports`
// reproduces a stream that fails after it started (200 with a cut body).
import type { StoredRecord } from "../store/types.ts";
import { columnOf } from "./litestar-models.ts";
import type { LitestarModel } from "./litestar-models.ts";
import { exportCell } from "./litestar-values.ts";
import { writeXlsx } from "./minimal-xlsx.ts";
import type { XlsxCell } from "./minimal-xlsx.ts";
import { resolveModel } from "./model-access.ts";
import { array, stringIds, structBody } from "./request-body.ts";
import { litestarError, validationFailed } from "./responses.ts";
import type { RouteContext, RouteHandler } from "./types.ts";

const EXPORT_TYPES = {
  csv: "text/csv; charset=utf-8",
  json: "application/json",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;
type ExportFormat = keyof typeof EXPORT_TYPES;

const EXPORT_SELECTED = { ids: array };

const isFormat = (value: unknown): value is ExportFormat => value === "csv" || value === "json" || value === "xlsx";

function csvLine(cells: string[]): string {
  return cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",") + "\r\n";
}

function exportBody(model: LitestarModel, format: ExportFormat, records: StoredRecord[], truncated: boolean): BodyInit {
  const cols = model.listColumns;
  const colDefs = cols.map((c) => columnOf(model, c));
  if (format === "json") {
    if (truncated) return "[";
    return JSON.stringify(records.map((r) => Object.fromEntries(cols.map((c, i) => [c, exportCell(colDefs[i], r.doc[c], "json")]))));
  }
  if (format === "csv") {
    let text = csvLine(cols);
    if (!truncated) for (const r of records) text += csvLine(cols.map((c, i) => String(exportCell(colDefs[i], r.doc[c], "csv"))));
    return text;
  }
  const rows: XlsxCell[][] = [cols];
  for (const r of records) {
    rows.push(
      cols.map((c, i) => {
        const v = exportCell(colDefs[i], r.doc[c], "json");
        return v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : String(exportCell(colDefs[i], v, "csv"));
      }),
    );
  }
  const bytes = writeXlsx(rows, model.name);
  return truncated ? bytes.slice(0, 64) : bytes;
}

function exportResponse(ctx: RouteContext, model: LitestarModel, format: ExportFormat, records: StoredRecord[]): Response {
  const headers = {
    "content-type": EXPORT_TYPES[format],
    "content-disposition": `attachment; filename="${model.modelName}_export.${format}"`,
  };
  return new Response(exportBody(model, format, records, ctx.app.options.truncateExports === true), { status: 200, headers });
}

const exportDisallowed = (ctx: RouteContext, model: LitestarModel): boolean => (ctx.app.options.exportDisallowed ?? []).includes(model.modelName);

export const exportAll: RouteHandler = (ctx) => {
  const res = resolveModel(ctx);
  if (!res.ok) return res.response;
  const format = ctx.url.searchParams.get("format") ?? "csv";
  if (!isFormat(format)) return validationFailed(ctx, [{ message: `Invalid enum value '${format}'`, key: "format", source: "query" }]);
  if (exportDisallowed(ctx, res.model)) return litestarError(400, `Export is not allowed for model '${res.model.modelName}'`);
  // Every row in database order: search, sort and filters are ignored (§1 #8).
  return exportResponse(ctx, res.model, format, ctx.app.store.find(res.model.collection).items);
};

export const exportSelected: RouteHandler = async (ctx) => {
  const res = resolveModel(ctx);
  if (!res.ok) return res.response;
  const r = await structBody(ctx, EXPORT_SELECTED);
  if (!r.ok) return r.response;
  const format = r.value.format ?? "csv";
  if (!isFormat(format)) return validationFailed(ctx, [{ message: `Invalid enum value '${String(format)}'`, key: "format", source: "body" }]);
  if (exportDisallowed(ctx, res.model)) return litestarError(400, `Export is not allowed for model '${res.model.modelName}'`);
  if (r.value.ids.length === 0) return litestarError(400, "No IDs provided for export");
  const wanted = new Set(stringIds(r.value.ids));
  return exportResponse(ctx, res.model, format, ctx.app.store.find(res.model.collection).items.filter((rec) => wanted.has(rec.id)));
};
