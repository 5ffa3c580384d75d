import { describe, expect, it, vi } from "vitest";
import Papa from "papaparse";
import { referenceSetup } from "../bulk/test-reference-setup.tsx";
import { buildExport } from "./build-export.ts";
import { exportPages } from "./export-pages.ts";

function readBlob(blob: Blob, as: "text" | "buffer"): Promise<string | ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as string | ArrayBuffer);
    r.onerror = () => reject(r.error);
    if (as === "text") r.readAsText(blob);
    else r.readAsArrayBuffer(blob);
  });
}

async function csvRows(blob: Blob): Promise<string[][]> {
  const text = (await readBlob(blob, "text") as string).replace(/^\uFEFF/, "");
  return Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;
}

describe("buildExport", () => {
  it("honours search, filters and sort, paging with maxPerPage, and writes labels", async () => {
    const s = await referenceSetup();
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
    const s = await referenceSetup();
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
    const json = JSON.parse((await readBlob(await buildExport(s.backend, { resource: products, source: { kind: "items", items }, columns: ["sku"], format: "json", valueMode: "raw" }), "text")) as string);
    expect(json).toEqual([{ sku: "'=HYPERLINK(\"x\")" }, { sku: "'@cmd" }]);
  });

  it("litestar: pages in primary-key order, de-duplicates, sorts in the browser", async () => {
    const s = await referenceSetup({ dialect: "litestar-admin" });
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

  it("xlsx builds a workbook blob", async () => {
    const s = await referenceSetup();
    const products = s.resource("products");
    const blob = await buildExport(s.backend, { resource: products, source: { kind: "items", items: [{ sku: "=1", price: 2 }] }, columns: ["sku", "price"], format: "xlsx", valueMode: "raw" });
    const bytes = new Uint8Array((await readBlob(blob, "buffer")) as ArrayBuffer);
    expect(bytes[0]).toBe(0x50);
    expect(bytes[1]).toBe(0x4b);
  });
});
