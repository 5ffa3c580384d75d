// Export neutralisation end to end on the litestar-admin face: a product whose name is a live
// spreadsheet formula, created through the API, exported with the dialog's defaults (all rows
// from the server's export endpoint), as XLSX, and as a selected row. Every downloaded file must
// carry the cell as guarded text.
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { readSheet } from "read-excel-file/node";
import { formatRange, heading, mainNav, rangeText, signIn } from "./lib/app.mjs";
import { assert, expectText, expectVisible } from "./lib/expect.mjs";
import { test } from "./lib/harness.mjs";
import { LITESTAR_ADMIN } from "./lib/reference-api.mjs";

const HOSTILE = '=HYPERLINK("http://evil.example","click")';
const GUARDED = `'${HOSTILE}`;
const SKU = "EVL-0001";

/** Signs in on the litestar face and creates the hostile product; returns nothing the UI needs. */
async function createHostileProduct(referenceUrl) {
  const api = `${referenceUrl}/admin/api`;
  const call = async (path, init = {}) => {
    const response = await fetch(`${api}${path}`, init);
    const body = await response.json();
    if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path} → ${response.status}: ${JSON.stringify(body).slice(0, 200)}`);
    return body;
  };
  const json = { "Content-Type": "application/json" };
  const { access_token: token } = await call("/auth/login", { method: "POST", headers: json, body: JSON.stringify(LITESTAR_ADMIN) });
  const headers = { ...json, Authorization: `Bearer ${token}` };
  const [category] = (await call("/models/categories?limit=1", { headers })).items;
  const body = { name: HOSTILE, sku: SKU, category_id: category.id, price: 9.5, stock: 3, status: "active" };
  await call("/models/products", { method: "POST", headers, body: JSON.stringify(body) });
}

/** Opens the Export dialog, lets `choose` set it up, exports, and returns the downloaded file's path. */
async function exportFile(page, choose = async () => {}) {
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Export Products" });
  await expectVisible(dialog);
  await choose(dialog);
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), dialog.getByRole("button", { name: "Export", exact: true }).click()]);
  return download.path();
}

/** The cell that holds the formula, in the hostile product's row (found by its SKU). */
function hostileCell(rows) {
  const row = rows.find((r) => r.includes(SKU));
  assert(row, `the file has no row for ${SKU}`);
  const cell = row.find((c) => typeof c === "string" && c.includes("HYPERLINK"));
  assert(cell !== undefined, `the row for ${SKU} has no name cell: ${JSON.stringify(row)}`);
  return cell;
}

const csvRows = (path) => Papa.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;

test("litestar: a formula in a title arrives neutralised — dialog defaults (server's rows), XLSX and selected rows", async ({ page, env, startApp }) => {
  await createHostileProduct(env.referenceUrl);
  const app = await startApp({ apiUrl: env.referenceUrl, dialect: "litestar-admin" });
  const exportRequests = [];
  page.on("request", (request) => {
    if (/\/admin\/api\/models\/products\/(bulk\/)?export/.test(request.url())) exportRequests.push(`${request.method()} ${request.url()}`);
  });
  await page.goto(app.url);
  await signIn(page, LITESTAR_ADMIN);
  await mainNav(page).getByRole("link", { name: "Products", exact: true }).click();
  await expectVisible(heading(page, "Products"));

  // The dialog's defaults: all rows, CSV, labels, the list's columns, fetched in one request.
  const csv = csvRows(await exportFile(page));
  const cell = hostileCell(csv);
  assert(cell === GUARDED, `CSV cell: ${JSON.stringify(cell)}`);
  const live = csv.flat().filter((c) => /^\s*[=+@\t\r]/.test(c));
  assert(live.length === 0, `CSV cells a spreadsheet would run: ${live.slice(0, 3).join(" | ")}`);
  assert(csv[0].includes("Name") && csv[0].includes("Sku"), `the dialog's labels are not the header: ${csv[0].join(",")}`);
  assert(exportRequests.length === 1 && /GET .*\/products\/export\?format=json$/.test(exportRequests[0]), `expected one JSON export request, saw ${exportRequests.join(" | ")}`);

  // XLSX, which the server is never asked to write.
  const sheet = await readSheet(readFileSync(await exportFile(page, (dialog) => dialog.getByRole("radio", { name: "XLSX" }).check())));
  assert(hostileCell(sheet) === GUARDED, `XLSX cell: ${JSON.stringify(hostileCell(sheet))}`);
  assert(exportRequests.length === 2 && /format=json$/.test(exportRequests[1]), `the XLSX export asked the server for: ${exportRequests.join(" | ")}`);

  // Selected rows: written from the rows the list holds.
  await page.getByRole("searchbox", { name: "Search" }).or(page.getByRole("textbox", { name: "Search" })).first().fill("HYPERLINK");
  await expectText(rangeText(page), formatRange(1, 1, 1), 20_000);
  await page.getByRole("checkbox", { name: "Select row" }).check();
  const selected = csvRows(
    await exportFile(page, async (dialog) => {
      assert(await dialog.getByRole("radio", { name: "Selected rows (1)" }).isChecked(), "the selected row is not the export's default");
    }),
  );
  assert(selected.length === 2 && hostileCell(selected) === GUARDED, `selected-rows CSV: ${JSON.stringify(selected)}`);
  assert(exportRequests.length === 2, `the selected-rows export asked the server for a file: ${exportRequests.join(" | ")}`);
});
