import { describe, expect, it, vi } from "vitest";
import Papa from "papaparse";
import { readSheet } from "read-excel-file/node";
import { litestarFace } from "../../reference/litestar/litestar-face.ts";
import { referenceAdapter } from "../../testing/reference-adapters.ts";
import { buildExport } from "./build-export.ts";
import { exportPages } from "./export-pages.ts";
import { readBlob } from "./test-read-blob.ts";

async function csvRows(blob: Blob): Promise<string[][]> {
  const text = (await readBlob(blob, "text")).replace(/^\uFEFF/, "");
  return Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;
}

async function xlsxRows(blob: Blob) {
  return readSheet(Buffer.from(await readBlob(blob, "buffer")));
}

describe("buildExport", () => {
  it("honours search, filters and sort, paging with maxPerPage, and writes labels", async () => {
    const s = await referenceAdapter("craft-easy");
    const products = s.resource("products");
    const query = { page: 1, perPage: 25, filters: [{ field: "status", op: "eq" as const, value: "active" }], sort: [{ field: "price", desc: true }] };
    const expected = await s.backend.list(products, { ...query, perPage: 100 });
    const list = vi.spyOn(s.backend, "list");
    const blob = await buildExport(s.backend, { resource: products, source: { kind: "query", query }, columns: ["sku", "price", "status", "category_id"], format: "csv", valueMode: "label" });
    const rows = await csvRows(blob);
    expect(rows[0]).toEqual(["SKU", "Price (EUR)", "Status", "Category"]);
    expect(rows).toHaveLength(expected.total + 1);
    for (const call of list.mock.calls) expect(call[1].perPage).toBe(s.backend.capabilities().maxPerPage);
    // Same order as the list, first page.
    expect(rows.slice(1, 11).map((r) => r[0])).toEqual(expected.items.slice(0, 10).map((i) => i.sku));
    const prices = rows.slice(1).map((r) => Number(r[1]));
    expect(prices).toEqual([...prices].sort((a, b) => b - a));
    // Labels, not raw ids.
    const status = products.fields.status?.options?.find((o) => o.value === "active")?.label;
    expect(new Set(rows.slice(1).map((r) => r[2]))).toEqual(new Set([status]));
    expect(rows[1]?.[3]).not.toMatch(/^[0-9a-f]{24}$/);
  });

  it("exports only the selected rows, raw values, and neutralises formula cells", async () => {
    const s = await referenceAdapter("craft-easy");
    const products = s.resource("products");
    const items = [
      { id: "a", sku: "=HYPERLINK(\"x\")", price: -5, name: "+plus", status: "active" },
      { id: "b", sku: "@cmd", price: 3, name: "\tTab", status: "draft" },
    ];
    const blob = await buildExport(s.backend, { resource: products, source: { kind: "items", items }, columns: ["sku", "price", "name", "status"], format: "csv", valueMode: "raw" });
    const rows = await csvRows(blob);
    expect(rows.slice(1)).toEqual([
      ["'=HYPERLINK(\"x\")", "-5", "'+plus", "active"],
      ["'@cmd", "3", "'\tTab", "draft"],
    ]);
    const json = JSON.parse(await readBlob(await buildExport(s.backend, { resource: products, source: { kind: "items", items }, columns: ["sku"], format: "json", valueMode: "raw" }), "text"));
    expect(json).toEqual([{ sku: "'=HYPERLINK(\"x\")" }, { sku: "'@cmd" }]);
  });

  it("litestar: pages in primary-key order, de-duplicates, sorts in the browser", async () => {
    const s = await referenceAdapter("litestar-admin");
    const products = s.resource("products");
    const list = vi.spyOn(s.backend, "list");
    const seen: number[] = [];
    const all = [];
    for await (const page of exportPages(s.backend, products, { page: 1, perPage: 25, sort: [{ field: "price", desc: false }] }, { onProgress: (d) => seen.push(d) })) all.push(...page);
    const total = (await s.backend.list(products, { page: 1, perPage: 1 })).total;
    expect(all).toHaveLength(total);
    const ids = all.map((i) => s.backend.idOf(products, i));
    expect(new Set(ids).size).toBe(total);
    const prices = all.map((i) => Number(i.price));
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const sorted = list.mock.calls.slice(1, -1).map((c) => c[1].sort?.[0]?.field);
    expect(sorted.every((f) => f !== "price")).toBe(true);
  });

  it("xlsx builds a workbook: typed cells, text (headers too) guarded like CSV", async () => {
    const s = await referenceAdapter("craft-easy");
    const products = s.resource("products");
    const blob = await buildExport(s.backend, { resource: products, source: { kind: "items", items: [{ sku: "=1", price: -2 }] }, columns: ["sku", "price"], format: "xlsx", valueMode: "raw", header: "name" });
    expect(await xlsxRows(blob)).toEqual([
      ["sku", "price"],
      ["'=1", -2],
    ]);
  });
});

// Server-built files: the rows come from the backend's export endpoint, the file is written
// here. "Neutralised" per format: CSV and XLSX — every text cell that starts (after any leading
// whitespace) with = + - @ tab or CR gets a leading '; XLSX cells are typed besides, so numbers
// stay numbers and no cell is ever a formula. JSON — every string value, at any depth, gets
// the same guard (JSON is turned into sheets by Power Query and converters).
describe("buildExport from the server's export (litestar-admin)", () => {
  const HOSTILE = ['=HYPERLINK("http://evil.example","click")', " @SUM(1+1)", "-2+3+cmd|' /C calc'!A0", "\t=1"];

  async function hostileSetup() {
    const s = await referenceAdapter("litestar-admin");
    const products = s.resource("products");
    const page = await s.backend.list(products, { page: 1, perPage: HOSTILE.length });
    const skus: string[] = [];
    for (const [i, item] of page.items.entries()) {
      await s.backend.update(products, s.backend.idOf(products, item), { name: HOSTILE[i] }, null);
      skus.push(String(item.sku));
    }
    const server = vi.spyOn(s.backend, "exportServer");
    const build = (format: "csv" | "json" | "xlsx") =>
      buildExport(s.backend, { resource: products, source: { kind: "server" }, columns: ["sku", "name", "price"], format, valueMode: "raw", header: "name" });
    return { s, products, skus, server, build };
  }

  const guarded = HOSTILE.map((h) => `'${h}`);

  it("CSV: hostile cells arrive guarded, numbers untouched", async () => {
    const { skus, server, build, products } = await hostileSetup();
    const rows = await csvRows(await build("csv"));
    expect(server).toHaveBeenCalledWith(products, "json", undefined, expect.anything());
    expect(rows[0]).toEqual(["sku", "name", "price"]);
    expect(skus.map((sku) => rows.find((r) => r[0] === sku)?.[1])).toEqual(guarded);
    expect(rows.slice(1).every((r) => /^\d+(\.\d+)?$/.test(r[2] ?? ""))).toBe(true);
  });

  it("JSON: every string value guarded", async () => {
    const { skus, build } = await hostileSetup();
    const records = JSON.parse(await readBlob(await build("json"), "text")) as { sku: string; name: string; price: unknown }[];
    expect(skus.map((sku) => records.find((r) => r.sku === sku)?.name)).toEqual(guarded);
    expect(records.every((r) => typeof r.price === "number")).toBe(true);
  });

  it("XLSX: hostile cells are guarded text, prices numbers", async () => {
    const { skus, build } = await hostileSetup();
    const rows = await xlsxRows(await build("xlsx"));
    expect(rows[0]).toEqual(["sku", "name", "price"]);
    expect(skus.map((sku) => rows.find((r) => r[0] === sku)?.[1])).toEqual(guarded);
    expect(rows.slice(1).every((r) => typeof r[2] === "number")).toBe(true);
  });

  it("a truncated server export ('[' after 200) is an error that says what to do", async () => {
    const s = await referenceAdapter("litestar-admin", { referenceOptions: { faces: [litestarFace({ truncateExports: true })] } });
    const products = s.resource("products");
    const run = buildExport(s.backend, { resource: products, source: { kind: "server" }, columns: ["sku"], format: "xlsx", valueMode: "raw" });
    await expect(run).rejects.toThrow(/incomplete JSON export.*Untick "Fetch all rows in one request \(faster\)" to page through the list instead\./);
  });
});
