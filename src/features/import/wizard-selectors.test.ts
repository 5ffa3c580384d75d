import { describe, expect, it } from "vitest";
import { parseText } from "./core/parse-csv.ts";
import type { ParsedTable, RunProgress, RunReport, RunSummary } from "./core/types.ts";
import type { ValidationResult } from "./core/validate-rows.ts";
import { failedLines, failedRowsFile, interruptedRuns, mappedFields, reportTotals, rowsToImport, runFigures } from "./wizard-selectors.ts";

const table: ParsedTable = {
  columns: ["Name", "Price"],
  rows: [
    ["A", "1"],
    ["B", "-3"],
    ["C", "2"],
    ["D", "4"],
  ],
  lines: [2, 3, 4, 5],
  meta: { fileName: "p.csv", format: "csv", encoding: "utf-8", delimiter: ",", quoteChar: '"', newline: "\n", hasHeader: true, rowCount: 4, raggedRows: [], byteLength: 30 },
};
const invalid: Record<string, string> = { price: "Must be 0 or more" };
const validation: ValidationResult = {
  rows: table.rows.map((_, i) => ({ index: i, line: i + 2, values: { name: `v${i}` }, errors: i === 1 ? invalid : {} })),
  validCount: 3,
  invalidCount: 1,
};
const report: RunReport = {
  runId: "r",
  status: "cancelled",
  total: 3,
  created: 1,
  failed: 1,
  skipped: 1,
  createdIds: [7],
  failedRows: [{ index: 3, line: 5, values: {}, cells: ["D", "4"], status: "failed", error: "Duplicate", attempts: 1 }],
  skippedRows: [{ index: 2, line: 4, values: {}, cells: ["C", "2"], status: "skipped", error: "Not sent: the import was cancelled", attempts: 0 }],
};

describe("wizard selectors", () => {
  it("gives the run the valid rows with their original cells", () => {
    expect(rowsToImport({ table, validation }).map((r) => [r.index, r.line, r.cells])).toEqual([
      [0, 2, ["A", "1"]],
      [2, 4, ["C", "2"]],
      [3, 5, ["D", "4"]],
    ]);
    expect(rowsToImport({ table, validation: null })).toEqual([]);
    expect(mappedFields({ Name: "name", Price: null, Code: "sku" })).toEqual(["name", "sku"]);
  });

  it("counts rows that failed validation as skipped in the report's totals (one source for every count shown)", () => {
    expect(reportTotals({ report, validation })).toEqual({ status: "cancelled", created: 1, failed: 1, skipped: 2 });
    expect(reportTotals({ report, validation: null })).toEqual({ status: "cancelled", created: 1, failed: 1, skipped: 1 });
    expect(reportTotals({ report: null, validation })).toBeNull();
  });

  it("runFigures: one set of figures for the bar, the live counts and the report; pace only while running", () => {
    const progress: RunProgress = { runId: "r", status: "running", total: 3, pending: 0, running: 0, created: 1, failed: 1, skipped: 1, done: 3, rowsPerSecond: 2, etaSeconds: 0 };
    // every row settled, the run not yet marked done: still finishing; the invalid row counted from the start
    expect(runFigures({ progress, report: null, validation })).toEqual({ status: "running", ended: false, total: 4, done: 4, created: 1, failed: 1, skipped: 2, rowsPerSecond: 2, etaSeconds: 0 });
    // once the run says it is done, no pace, even before the report arrives
    expect(runFigures({ progress: { ...progress, status: "done" }, report: null, validation })).toMatchObject({ ended: true, rowsPerSecond: 0, etaSeconds: null });
    // once there is a report its counts win over a late progress (the report and the bar agree)
    const figures = runFigures({ progress: { ...progress, created: 0, done: 2 }, report, validation });
    expect(figures).toEqual({ status: "cancelled", ended: true, total: 4, done: 4, created: 1, failed: 1, skipped: 2, rowsPerSecond: 0, etaSeconds: null });
    expect(reportTotals({ report, validation })).toEqual({ status: figures?.status, created: figures?.created, failed: figures?.failed, skipped: figures?.skipped });
    expect(runFigures({ progress: null, report: null, validation })).toBeNull();
  });

  it("lists invalid, failed and skipped rows in file order, each saying why", () => {
    expect(failedLines({ table, validation, report }).map((l) => l.error)).toEqual([
      "line 3: price: Must be 0 or more",
      "line 4: Not sent: the import was cancelled",
      "line 5: Duplicate",
    ]);
  });

  it("builds the file to fix, named after the file (or the resource for a resumed run)", () => {
    const named = failedRowsFile({ table, validation, report, runColumns: [], file: new File([""], "prices.csv") }, "products");
    expect(named.fileName).toBe("prices-errors.csv");
    // "-3" carries the formula guard every written file has (the import strips it again).
    expect(parseText(named.csv).rows).toEqual([
      ["B", "'-3", "line 3: price: Must be 0 or more"],
      ["C", "2", "line 4: Not sent: the import was cancelled"],
      ["D", "4", "line 5: Duplicate"],
    ]);
    const resumed = failedRowsFile({ table: null, validation: null, report, runColumns: ["Name", "Price"], file: null }, "products");
    expect(resumed.fileName).toBe("products-errors.csv");
    expect(parseText(resumed.csv).columns).toEqual(["Name", "Price", "error"]);
  });

  it("offers interrupted runs of this resource only, newest first", () => {
    const run = (runId: string, resource: string, status: RunSummary["status"], updatedAt: number): RunSummary => ({ runId, resource, status, createdAt: 0, updatedAt, total: 1 });
    const runs = [run("a", "products", "paused", 1), run("b", "products", "done", 5), run("c", "orders", "running", 9), run("d", "products", "running", 3), run("e", "products", "cancelled", 8)];
    expect(interruptedRuns(runs, "products").map((r) => r.runId)).toEqual(["d", "a"]);
  });
});
