import { describe, expect, it } from "vitest";
import { ApiError } from "../../../backend/api-error.ts";
import { stripFormulaGuard } from "../../../lib/spreadsheet-safety.ts";
import { failedRowsCsv, failedRowsCsvFromRun } from "./failed-rows-csv.ts";
import { ImportRunner } from "./import-runner.ts";
import { parseText } from "./parse-csv.ts";

function rows(n: number) {
  return Array.from({ length: n }, (_, i) => ({ index: i, line: i + 2, values: { sku: `SKU-${i}`, name: `Item ${i}` }, cells: [`SKU-${i}`, `Item ${i}`] }));
}

describe("failed rows CSV", () => {
  it("round-trips: original cells plus an error column, formulas guarded, re-importable", async () => {
    const columns = ["sku", "name", "note"];
    const cells = [
      ["A-1", "Chair, red", 'say "hi"'],
      ["A-2", "=1+1", "two\nlines"],
    ];
    const csv = failedRowsCsv(columns, cells, ["price: must be positive", "Duplicate value for unique field 'sku'"]);
    expect(csv.startsWith("\uFEFFsku,name,note,error\r\n")).toBe(true);
    const back = parseText(csv);
    expect(back.columns).toEqual(["sku", "name", "note", "error"]);
    expect(back.rows).toEqual([
      ["A-1", "Chair, red", 'say "hi"', "price: must be positive"],
      ["A-2", "'=1+1", "two\nlines", "Duplicate value for unique field 'sku'"],
    ]);
    // The import takes the guard off again: the same values come back.
    expect(back.rows.map((r) => r.map((c) => stripFormulaGuard(c ?? "")))).toEqual([
      ["A-1", "Chair, red", 'say "hi"', "price: must be positive"],
      ["A-2", "=1+1", "two\nlines", "Duplicate value for unique field 'sku'"],
    ]);
  });

  it("avoids clashing with an existing error column and pads short rows", () => {
    const csv = failedRowsCsv(["sku", "error"], [["A"]], ["boom"]);
    expect(csv).toBe("\uFEFFsku,error,import error\r\nA,,boom\r\n");
  });

  it("builds the file from a run's failed rows", async () => {
    const r = await ImportRunner.create({ resource: "p", rows: rows(2), columns: ["sku", "name"] }, {
      createRow: async (v) => {
        if (v.sku === "SKU-1") throw new ApiError({ status: 409, code: "DUP", message: "Duplicate value for unique field 'sku'" });
        return { id: 1 };
      },
    });
    const report = await r.run();
    const back = parseText(failedRowsCsvFromRun(["sku", "name"], report.failedRows));
    expect(back.rows).toEqual([["SKU-1", "Item 1", "line 3: Duplicate value for unique field 'sku'"]]);
  });
});
