import { describe, expect, it } from "vitest";
import writeXlsxFile, { type SheetData } from "write-excel-file/node";
import { isXlsxFile, parseXlsx, xlsxCellText } from "./parse-xlsx.ts";

async function workbook(rows: SheetData): Promise<ArrayBuffer> {
  const buf = await writeXlsxFile(rows).toBuffer();
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

describe("xlsxCellText", () => {
  it("writes cells as import text", () => {
    expect(xlsxCellText(0.1 + 0.2)).toBe("0.3");
    expect(xlsxCellText(-12.5)).toBe("-12.5");
    expect(xlsxCellText(true)).toBe("true");
    expect(xlsxCellText(null)).toBeNull();
    expect(xlsxCellText(new Date(Date.UTC(2026, 1, 3)))).toBe("2026-02-03");
    expect(xlsxCellText(new Date(Date.UTC(2026, 1, 3, 14, 5, 9)))).toBe("2026-02-03T14:05:09");
  });

  it("recognises XLSX files by name or type", () => {
    expect(isXlsxFile({ name: "Products.XLSX" })).toBe(true);
    expect(isXlsxFile({ name: "x", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })).toBe(true);
    expect(isXlsxFile({ name: "x.csv", type: "text/csv" })).toBe(false);
  });
});

describe("parseXlsx", () => {
  it("reads a real workbook with header detection, typed cells and empty rows skipped", async () => {
    const data = await workbook([
      [{ value: "Name" }, { value: "Price" }, { value: "Available from" }, { value: "Active" }],
      [{ value: "Chair" }, { value: 12.5 }, { value: new Date(Date.UTC(2026, 1, 3)), format: "dd.mm.yyyy" }, { value: true }],
      [null, null, null, null],
      [{ value: "Lamp" }, { value: 0.1 + 0.2 }, null, { value: false }],
    ]);
    const t = await parseXlsx(data, { fileName: "p.xlsx" });
    expect(t.columns).toEqual(["Name", "Price", "Available from", "Active"]);
    expect(t.rows).toEqual([
      ["Chair", "12.5", "2026-02-03", "true"],
      ["Lamp", "0.3", null, "false"],
    ]);
    expect(t.lines).toEqual([2, 4]);
    expect(t.meta).toMatchObject({ format: "xlsx", hasHeader: true, rowCount: 2, decimal: ".", fileName: "p.xlsx" });
  });

  it("uses an injected reader and honours the header override", async () => {
    const t = await parseXlsx(new ArrayBuffer(8), { hasHeader: false }, { readSheet: async () => [["a", 1], ["b", 2]] });
    expect(t.columns).toEqual(["Column 1", "Column 2"]);
    expect(t.rows).toEqual([["a", "1"], ["b", "2"]]);
  });
});
