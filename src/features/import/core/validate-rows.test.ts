import { describe, expect, it } from "vitest";
import { autoMapColumns } from "./auto-map.ts";
import { parseBytes, parseText } from "./parse-csv.ts";
import { products } from "./test-fixtures.ts";
import type { Cell } from "./types.ts";
import { ROW_ERROR_KEY, validateRows, validateRowsChunked } from "./validate-rows.ts";

const messy = [
  '"SKU Code";"Product name";"Price";"Qty";"Status";"Available from";"Active";"E-mail";"Notes"',
  'AB-1;Chair;1.234,50;3;Published;01.02.2026;yes;info@example.com;"comfy; red"',
  "AB-2;Table;149,00;1;draft;28.02.2026;no;;",
  "",
  'AB-3;Lamp;9,99;12;Draft;15.03.2026;ja;;"two',
  'line note"',
  "bad;X;-5;1,5;Archived;31.02.2026;maybe;not-an-email;",
  "AB-4;Sofa;10;2;Draft;01.01.2026;no",
  "AB-5;Shelf;10;2;Draft;01.01.2026;no;;;EXTRA",
].join("\r\n");

function bomBytes(text: string): Uint8Array {
  return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
}

describe("end to end: messy European CSV → parse → auto-map → validate", () => {
  const table = parseBytes(bomBytes(messy), { fileName: "export.csv" });
  const mapping = autoMapColumns(table.columns, products);
  const result = validateRows(table, mapping, products);

  it("parses the file", () => {
    expect(table.meta).toMatchObject({ encoding: "utf-8", delimiter: ";", hasHeader: true, rowCount: 6 });
    expect(table.columns.slice(0, 9)).toEqual(["SKU Code", "Product name", "Price", "Qty", "Status", "Available from", "Active", "E-mail", "Notes"]);
    expect(mapping).toMatchObject({ "SKU Code": "sku", "Product name": "name", Price: "price", Qty: "quantity", Status: "status", "Available from": "available_from", Active: "active", "E-mail": "email", Notes: null });
  });

  it("coerces decimal commas, dd.mm.yyyy dates, option labels and yes/no", () => {
    const [chair, table2] = result.rows;
    expect(chair?.errors).toEqual({});
    expect(chair?.values).toEqual({
      sku: "AB-1",
      name: "Chair",
      price: 1234.5,
      quantity: 3,
      status: "published",
      available_from: "2026-02-01",
      active: true,
      email: "info@example.com",
    });
    expect(table2?.values).toMatchObject({ price: 149, status: "draft", available_from: "2026-02-28", active: false, email: null });
    expect(table2?.errors).toEqual({});
  });

  it("reports file lines counting blank lines and multi-line cells", () => {
    expect(result.rows.map((r) => r.line)).toEqual([2, 3, 5, 7, 8, 9]);
    expect(result.rows.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("reports every problem of a bad row with the form's messages", () => {
    const bad = result.rows[3];
    expect(bad?.errors).toEqual({
      sku: "Must match the required format",
      name: "Must be at least 2 characters",
      price: "Must be 0 or more",
      quantity: "Must be a whole number",
      status: "Must be one of: Draft, Published",
      available_from: "Must be a valid date",
      active: "Must be true or false (yes/no, 1/0)",
      email: "Must be a valid email address",
    });
  });

  it("keeps ragged rows: short ones warn, long ones with extra values fail", () => {
    expect(result.rows[4]?.errors).toEqual({});
    expect(result.rows[4]?.warning).toMatch(/7 cells/);
    expect(result.rows[5]?.errors[ROW_ERROR_KEY]).toMatch(/10 cells/);
    expect(result.validCount).toBe(4);
    expect(result.invalidCount).toBe(2);
    expect(result.rows).toHaveLength(6);
  });
});

describe("validateRows", () => {
  it("reports required fields that no column maps to, on every row", () => {
    const t = parseText("SKU,Name\nAB-1,Chair\nAB-2,Table\n");
    const r = validateRows(t, { SKU: "sku", Name: "name" }, products);
    expect(r.rows.map((x) => x.errors)).toEqual([{ status: "Status is required" }, { status: "Status is required" }]);
  });

  it("ignores unmapped columns and mappings to readonly or unknown fields", () => {
    const t = parseText("SKU,Name,Status,Id,Junk\nAB-1,Chair,Draft,99,zzz\n");
    const r = validateRows(t, { SKU: "sku", Name: "name", Status: "status", Id: "id", Junk: "nope" }, products);
    expect(r.rows[0]?.values).toEqual({ sku: "AB-1", name: "Chair", status: "draft" });
    expect(r.validCount).toBe(1);
  });

  it("can omit empty cells instead of sending null", () => {
    const t = parseText("SKU,Name,Status,Price\nAB-1,Chair,Draft,\n");
    const map = { SKU: "sku", Name: "name", Status: "status", Price: "price" };
    expect(validateRows(t, map, products).rows[0]?.values).toHaveProperty("price", null);
    expect(validateRows(t, map, products, {}, { emptyAs: "omit" }).rows[0]?.values).not.toHaveProperty("price");
  });

  it("strips the export's formula guard, and detects US dates per column", () => {
    const t = parseText("SKU,Name,Status,Price,From\nAB-1,Chair,Draft,'-0,12/31/2026\nAB-2,Desk,Draft,3,01/02/2026\n");
    const r = validateRows(t, { SKU: "sku", Name: "name", Status: "status", Price: "price", From: "available_from" }, products);
    expect(r.rows[0]?.values.price).toBe(-0);
    expect(r.rows[0]?.values.available_from).toBe("2026-12-31");
    expect(r.rows[1]?.values.available_from).toBe("2026-01-02");
  });

  it("uses the first non-empty value when two columns map to one field", () => {
    const t = parseText("Name,Title,SKU,Status\n,Chair,AB-1,Draft\nDesk,Ignored,AB-2,Draft\n");
    const r = validateRows(t, { Name: "name", Title: "name", SKU: "sku", Status: "status" }, products);
    expect(r.rows.map((x) => x.values.name)).toEqual(["Chair", "Desk"]);
    expect(r.validCount).toBe(2);
  });

  it("does not require anything in edit mode", () => {
    const t = parseText("SKU\nAB-1\n");
    expect(validateRows(t, { SKU: "sku" }, products, {}, { mode: "edit" }).validCount).toBe(1);
  });
});

describe("validateRowsChunked", () => {
  it("validates 100,000 rows in chunks, yielding between them, with the synchronous result", async () => {
    const statuses = ["Draft", "Published", "draft"];
    const rows: Cell[][] = [];
    for (let i = 0; i < 100_000; i++) {
      rows.push([`AB-${i}`, `Product ${i}`, `${i % 1000},${i % 100}`, String(i % 50), statuses[i % 3] ?? "", `0${(i % 9) + 1}.03.2026`, i % 2 ? "yes" : "no", i % 1000 === 0 ? "broken" : ""]);
    }
    const table = { columns: ["SKU", "Name", "Price", "Qty", "Status", "Available from", "Active", "Email"], rows, meta: { hasHeader: true } };
    const mapping = autoMapColumns(table.columns, products);
    const progress: number[] = [];
    let yields = 0;
    const started = Date.now();
    const result = await validateRowsChunked(table, mapping, products, {}, {
      chunkSize: 5000,
      onProgress: (done) => progress.push(done),
      yieldFn: async () => {
        yields++;
        await new Promise((r) => setTimeout(r, 0));
      },
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(progress.length).toBe(20);
    expect(progress.at(-1)).toBe(100_000);
    expect(yields).toBe(19);
    expect(result.rows).toHaveLength(100_000);
    expect(result.invalidCount).toBe(100);
    expect(result.rows[1000]?.errors).toEqual({ email: "Must be a valid email address" });
    expect(result.rows[99_999]?.line).toBe(100_001);
    expect(result.rows[12_345]?.values).toMatchObject({ price: 345.45, quantity: 45, available_from: "2026-03-07" });
  });

  it("stops when aborted", async () => {
    const controller = new AbortController();
    const table = { columns: ["SKU"], rows: Array.from({ length: 100 }, (_, i) => [`AB-${i}`]) };
    const p = validateRowsChunked(table, { SKU: "sku" }, products, {}, { chunkSize: 10, signal: controller.signal, onProgress: () => controller.abort() });
    await expect(p).rejects.toMatchObject({ name: "AbortError" });
  });
});
