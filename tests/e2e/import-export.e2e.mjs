// Import and export in real Chromium against the reference server: a 1,000-row CSV with 20 bad
// rows imported through the wizard, the downloaded error file fixed and imported again; then a
// filtered list exported to CSV and compared with what the list (and the server) show.
import { readFileSync } from "node:fs";
import { axeCheck } from "./lib/axe.mjs";
import { selectFirstRows, signIn } from "./lib/app.mjs";
import { assert, expectHidden, expectText, expectVisible, poll } from "./lib/expect.mjs";
import { test } from "./lib/harness.mjs";
import { referenceClient } from "./lib/reference-api.mjs";

const sku = (i) => `QQE-${String(i).padStart(4, "0")}`;

function parseCsv(text) {
  // Simple RFC 4180 reader (the app's files quote only where needed).
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  const s = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && s[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

async function importFile(page, name, csv, axe = false) {
  await page.getByLabel("File", { exact: true }).setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expectVisible(page.getByText(/rows, \d+ columns/), 20_000);
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expectVisible(page.getByRole("combobox", { name: "SKU", exact: true }));
  if (axe) await axeCheck(page, { screen: "import: map columns" });
  await page.getByRole("button", { name: "Validate", exact: true }).click();
  await expectVisible(page.getByText(/^Dry run:/), 30_000);
  if (axe) await axeCheck(page, { screen: "import: preview" });
}

test("import 1,000 rows with 20 bad ones, fix them from the error file, re-import", async ({ page, env }) => {
  const api = await referenceClient(env.referenceUrl);
  const cats = (await api.list("categories", { per_page: "100", is_active: "true" })).items.map((c) => c.name);
  const before = (await api.list("products", { per_page: "1" })).total;
  const bad = new Set(Array.from({ length: 20 }, (_, k) => k * 50 + 7));
  const lines = ["Name,SKU,Category,Status,Price"];
  for (let i = 0; i < 1000; i++) lines.push(`E2E product ${i},${sku(i)},${cats[i % cats.length]},active,${bad.has(i) ? "-1" : (10 + i / 100).toFixed(2)}`);

  await page.goto(new URL("r/products/import", env.appUrl).href);
  await signIn(page);
  await expectVisible(page.getByRole("heading", { name: "Import Products" }), 20_000);
  await importFile(page, "products.csv", lines.join("\n"), true);
  await expectText(page.getByRole("status").filter({ hasText: "valid" }), /980 valid · 20 with errors/);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expectVisible(page.getByRole("progressbar", { name: "Import progress" }));
  await expectText(page.locator(".report-summary"), /980 created, 0 failed, 20 skipped/, 120_000);
  assert((await api.list("products", { per_page: "1" })).total === before + 980, "the server does not hold 980 new products");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download failed rows" }).click()]);
  const rows = parseCsv(readFileSync(await download.path(), "utf8"));
  assert(rows[0].join(",") === "Name,SKU,Category,Status,Price,error", `error file header: ${rows[0].join(",")}`);
  assert(rows.length === 21, `the error file has ${rows.length - 1} rows, expected 20`);
  assert(rows.slice(1).every((r) => /price/i.test(r[5])), "each error row says what was wrong");
  // Fix the prices and import the same file (error column and all) again.
  const fixed = rows.map((r, i) => (i === 0 ? r : [...r.slice(0, 4), "99.50", r[5]]));
  const fixedCsv = fixed.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")).join("\r\n");

  await page.getByRole("button", { name: "Import another file" }).click();
  await importFile(page, "products-errors.csv", fixedCsv);
  await expectText(page.getByRole("status").filter({ hasText: "valid" }), /20 valid · 0 with errors/);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expectText(page.locator(".report-summary"), /20 created, 0 failed, 0 skipped/, 60_000);
  assert((await api.list("products", { per_page: "1" })).total === before + 1000, "not every row arrived exactly once");
  const again = await api.list("products", { sku: sku(7) });
  assert(again.total === 1 && again.items[0].price === 99.5, "the fixed row was not imported with its fixed price");
});

test("export the filtered list to CSV: the same rows as the list and the server", async ({ page, env }) => {
  const api = await referenceClient(env.referenceUrl);
  const expected = await api.list("products", { per_page: "100", status: "draft", sort: "-price" });
  assert(expected.total > 0 && expected.total <= 100, `draft products: ${expected.total}`);
  await page.goto(new URL(`r/products?f=${encodeURIComponent('status:eq:"draft"')}&sort=-price`, env.appUrl).href);
  await signIn(page);
  await expectVisible(page.getByRole("heading", { name: "Products" }), 20_000);
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Export Products" });
  await expectVisible(dialog);
  await axeCheck(page, { screen: "export dialog" });
  await dialog.getByRole("radio", { name: "Raw values" }).check();
  const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "Export", exact: true }).click()]);
  const rows = parseCsv(readFileSync(await download.path(), "utf8"));
  const header = rows[0];
  const skuAt = header.indexOf("SKU");
  assert(skuAt >= 0, `no SKU column in ${header.join(",")}`);
  assert(rows.length - 1 === expected.total, `exported ${rows.length - 1} rows, the server has ${expected.total}`);
  const got = rows.slice(1).map((r) => r[skuAt]);
  const want = expected.items.map((i) => i.sku);
  assert(JSON.stringify(got) === JSON.stringify(want), "exported rows differ from the server's filtered, sorted list");
  await poll(async () => (await page.getByRole("cell", { name: want[0], exact: true }).count()) > 0, "the list shows the first exported row");
});

test("bulk: delete two selected orders after a confirmation naming the count; axe clean", async ({ page, env }) => {
  const api = await referenceClient(env.referenceUrl);
  const before = (await api.list("orders", { per_page: "1" })).total;
  await page.goto(new URL("r/orders", env.appUrl).href);
  await signIn(page);
  await selectFirstRows(page, 2);
  await page.getByRole("button", { name: "Delete selected" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete 2 orders?" });
  await expectVisible(dialog);
  await axeCheck(page, { screen: "bulk delete confirmation" });
  await dialog.getByRole("button", { name: "Delete 2 orders" }).click();
  const result = page.getByRole("dialog", { name: "Deleted: 2 orders" });
  await expectText(result.getByRole("status").filter({ hasText: "succeeded" }), /2 succeeded, 0 failed/);
  // the success toast shows over the open dialog (inside it: the page behind is inert) and takes a press
  const toast = result.getByRole("status", { name: "Notifications" }).locator(".toast").first();
  await expectText(toast, /Deleted: 2 orders/);
  const onTop = await toast.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
  });
  assert(onTop, "the success toast is hidden under the result dialog");
  await axeCheck(page, { screen: "bulk delete result with its toast" });
  await toast.getByRole("button", { name: "Dismiss notification" }).click();
  await expectHidden(toast);
  await expectVisible(result);
  await result.getByRole("button", { name: "Close" }).click();
  await poll(async () => (await api.list("orders", { per_page: "1" })).total === before - 2, "the server still holds the two orders");
  await poll(async () => (await page.getByRole("checkbox", { name: "Select row", checked: true }).count()) === 0, "rows are still selected after the delete");
  assert(!(await page.getByRole("button", { name: "Delete selected" }).isVisible()), "the bulk bar is still shown after the delete");
});
