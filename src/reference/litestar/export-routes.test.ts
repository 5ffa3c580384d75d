// Server export against fixtures F16–F17 (litestar-admin.md §10): every row, Status.member enums,
// 400s, a stream cut after it started.
import { beforeAll, describe, expect, it } from "vitest";
import readXlsxFile from "read-excel-file/universal";
import { F16_EXPORT_NO_IDS } from "../../backend/litestar-admin/litestar-fixtures.ts";
import type { ReferenceBackend } from "../reference-backend.ts";
import { TEST_ORIGIN, litestarCall, litestarSignIn, standaloneLitestar, testReference } from "../testing/reference-setup.ts";
import type { Json } from "../testing/reference-setup.ts";

let handle: ReferenceBackend;
let admin: { access: string; refresh: string };

beforeAll(async () => {
  handle = testReference();
  admin = await litestarSignIn(handle);
});

describe("F16 / F17 export", () => {
  it("F17: CSV with the list columns, enums as Status.member, attachment headers; search and sort ignored", async () => {
    const r = await litestarCall(handle, "GET", "/admin/api/models/products/export?format=csv", { token: admin.access });
    expect(r.status).toBe(200);
    expect(r.contentType).toBe("text/csv; charset=utf-8");
    expect(r.headers.get("content-disposition")).toBe('attachment; filename="products_export.csv"');
    const lines = r.text.trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,sku,name,category_id,price,stock,status,featured");
    expect(lines[1]).toMatch(/,Status\.(draft|active|archived),(True|False)$/);
    const searched = await litestarCall(handle, "GET", "/admin/api/models/products/export?format=csv&search=tent&sort_by=price&sort_order=desc", { token: admin.access });
    expect(searched.text).toBe(r.text);
  });

  it("JSON and XLSX exports; the bundled UI's ?token= is ignored (text/plain 404)", async () => {
    const j = await litestarCall(handle, "GET", "/admin/api/models/customers/export?format=json", { token: admin.access });
    expect(j.contentType).toBe("application/json");
    expect(j.json[0].tier).toMatch(/^Tier\./);
    const res = await handle.handle(new Request(`${TEST_ORIGIN}/admin/api/models/categories/export?format=xlsx`, { headers: { Authorization: `Bearer ${admin.access}` } }));
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const sheets = await readXlsxFile(await res.arrayBuffer());
    expect(sheets[0]?.data[0]).toEqual(["id", "name", "slug", "color", "is_active", "sort_order"]);
    expect(sheets[0]?.data.length).toBeGreaterThan(20);
    const tokenParam = await litestarCall(handle, "GET", `/admin/api/models/products/export?format=csv&token=${admin.access}`);
    expect(tokenParam.text).toBe("Not Found");
  });

  it("F16: invalid format and empty ids → 400; selected export keeps database order", async () => {
    const bad = await litestarCall(handle, "GET", "/admin/api/models/products/export?format=pdf", { token: admin.access });
    expect(bad.json).toEqual({
      status_code: 400,
      detail: "Validation failed for GET /admin/api/models/products/export?format=pdf",
      extra: [{ message: "Invalid enum value 'pdf'", key: "format", source: "query" }],
    });
    const none = await litestarCall(handle, "POST", "/admin/api/models/products/bulk/export", { token: admin.access, body: { ids: [], format: "csv" } });
    expect(none.json).toEqual(JSON.parse(F16_EXPORT_NO_IDS.body));
    const ids = (await litestarCall(handle, "GET", "/admin/api/models/products?limit=3", { token: admin.access })).json.items.map((i: Json) => i.id);
    const sel = await litestarCall(handle, "POST", "/admin/api/models/products/bulk/export", { token: admin.access, body: { ids: [ids[2], ids[0]], format: "json" } });
    expect(sel.json.map((r: Json) => r.id)).toEqual([ids[0], ids[2]]);
  });

  it("'Export is not allowed' and a stream that fails after it started (200 '[')", async () => {
    const h = standaloneLitestar({ exportDisallowed: ["orders"], truncateExports: true });
    const t = await litestarSignIn(h);
    const no = await litestarCall(h, "GET", "/admin/api/models/orders/export", { token: t.access });
    expect(no.json).toEqual({ status_code: 400, detail: "Export is not allowed for model 'orders'" });
    const cut = await litestarCall(h, "GET", "/admin/api/models/products/export?format=json", { token: t.access });
    expect(cut.status).toBe(200);
    expect(cut.text).toBe("[");
  });
});
