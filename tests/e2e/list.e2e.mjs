// The list view against the reference server in Chromium: search, sort (multi-sort gated on the
// backend), filter, paging, columns, reload keeps the view, a keyboard-only pass, 2,000
// virtualised rows, the mobile card list, delete with confirmation; axe on each screen.
// Expected values come from the reference backend's own answers.
import { axeCheck } from "./lib/axe.mjs";
import { dataRows, formatRange, heading, mainNav, rangeText, signIn } from "./lib/app.mjs";
import { assert, expectCount, expectHidden, expectText, expectUrl, expectVisible, poll } from "./lib/expect.mjs";
import { test } from "./lib/harness.mjs";
import { itemId, referenceClient } from "./lib/reference-api.mjs";

const header = (page, name) => page.getByRole("columnheader", { name, exact: true });
const sortButton = (page, name) => page.getByRole("button", { name, exact: true });

async function openOrders(page, env, query = "") {
  await page.goto(env.appUrl);
  await signIn(page);
  await page.goto(`${env.appUrl}r/orders${query}`);
  await expectVisible(heading(page, "Orders"), 20_000);
  await expectVisible(rangeText(page));
}

test("list: search highlights matches, sort and re-sort, filter, page, change columns; reload keeps it all; axe clean", async ({ page, env }) => {
  const api = await referenceClient(env.referenceUrl);
  const orders = api.resource("orders");
  const pageSize = orders.list.page_size;
  const { total } = await api.list("orders", { per_page: "1" });
  await openOrders(page, env);
  await expectText(rangeText(page), formatRange(1, pageSize, total));
  await axeCheck(page, { screen: "orders list" });

  // search: an order number finds that order, highlighted
  const { items: [someOrder] } = await api.list("orders", { per_page: "1", page: "7" });
  const number = String(someOrder.number);
  await page.getByRole("searchbox", { name: "Search" }).fill(number);
  await expectText(rangeText(page), formatRange(1, 1, 1));
  await expectVisible(dataRows(page).first().locator("mark", { hasText: number }));
  await expectUrl(page, /[?&]q=/);
  await page.getByRole("searchbox", { name: "Search" }).fill("");
  await expectText(rangeText(page), formatRange(1, pageSize, total));

  // sort ascending by total, then descending: the first row is the server's first row
  const totalLabel = orders.fields.total.label;
  await sortButton(page, totalLabel).click();
  await poll(async () => (await header(page, totalLabel).getAttribute("aria-sort")) === "ascending", () => "Total is not sorted ascending");
  const { items: [cheapest] } = await api.list("orders", { per_page: "1", sort: "total" });
  await expectText(dataRows(page).first(), new RegExp(String(cheapest.number)));
  await sortButton(page, totalLabel).click();
  await poll(async () => (await header(page, totalLabel).getAttribute("aria-sort")) === "descending", () => "Total is not sorted descending");
  const { items: [dearest] } = await api.list("orders", { per_page: "1", sort: "-total" });
  await expectText(dataRows(page).first(), new RegExp(String(dearest.number)));
  // shift-click: this backend sorts by one key (multiSort: false), so the sort is replaced
  const numberLabel = orders.fields.number.label;
  await sortButton(page, numberLabel).click({ modifiers: ["Shift"] });
  await expectUrl(page, /sort=number(&|$)/);
  await poll(async () => (await header(page, totalLabel).getAttribute("aria-sort")) === "none", () => "Total still sorted after shift-click");
  await sortButton(page, totalLabel).click();
  await sortButton(page, totalLabel).click();

  // filter: the status with the most orders (so that there is a second page)
  let best = null;
  for (const option of orders.fields.status.options) {
    const { total: n } = await api.list("orders", { per_page: "1", status__in: option.value });
    if (!best || n > best.n) best = { ...option, n };
  }
  const paid = best.n;
  assert(paid > pageSize, `no status has more than one page of orders (best: ${best.label}, ${paid})`);
  await page.getByRole("button", { name: /^Filters/ }).click();
  // the widget draws its own box over the input: click its label text, as a person would
  const statusBox = page.getByRole("group", { name: "Filters" }).getByRole("checkbox", { name: best.label, exact: true });
  await page.getByRole("group", { name: "Filters" }).getByText(best.label, { exact: true }).click();
  await poll(() => statusBox.isChecked(), () => `the ${best.label} status filter is not checked`);
  const chip = page.getByRole("button", { name: `Remove filter Status: ${best.label}` });
  await expectVisible(chip);
  await expectText(rangeText(page), formatRange(1, Math.min(pageSize, paid), paid));
  await axeCheck(page, { screen: "orders list with filters open" });

  // page 2
  await page.getByRole("button", { name: "Next page" }).click();
  await expectText(rangeText(page), formatRange(pageSize + 1, Math.min(2 * pageSize, paid), paid));

  // columns: hide Express delivery
  const expressLabel = orders.fields.express?.label ?? "Express delivery";
  await page.getByRole("button", { name: "Columns", exact: true }).click();
  await page.getByRole("dialog", { name: "Columns" }).getByRole("checkbox", { name: expressLabel, exact: true }).uncheck();
  await axeCheck(page, { screen: "orders list with the Columns popover open" });
  await page.keyboard.press("Escape");
  await expectHidden(page.getByRole("dialog", { name: "Columns" }));
  await expectHidden(header(page, expressLabel));

  // reload: same view
  const url = page.url();
  await page.reload();
  await expectVisible(heading(page, "Orders"), 20_000);
  await expectText(rangeText(page), formatRange(pageSize + 1, Math.min(2 * pageSize, paid), paid));
  assert(page.url() === url, `the URL changed on reload: ${page.url()} ≠ ${url}`);
  await poll(async () => (await header(page, totalLabel).getAttribute("aria-sort")) === "descending", () => "the sort was lost on reload");
  await expectVisible(chip);
  await expectHidden(header(page, expressLabel));

  // back: page 1 again
  await page.goBack();
  await expectText(rangeText(page), formatRange(1, Math.min(pageSize, paid), paid));
});

test("list: dragging a column's edge resizes it while dragging, and the width outlives a reload", async ({ page, env }) => {
  await openOrders(page, env);
  const total = page.getByRole("columnheader", { name: /^Total/ });
  const before = (await total.boundingBox()).width;
  const edge = (await total.locator(".col-resizer").boundingBox());
  await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2);
  await page.mouse.down();
  await page.mouse.move(edge.x + edge.width / 2 + 40, edge.y + edge.height / 2, { steps: 4 });
  await expectVisible(total.locator(".col-resizer.is-resizing"));
  await page.mouse.move(edge.x + edge.width / 2 + 80, edge.y + edge.height / 2, { steps: 4 });
  await page.mouse.up();
  await expectHidden(total.locator(".col-resizer.is-resizing"));
  const after = (await total.boundingBox()).width;
  assert(after > before + 60, `Total is ${after}px wide after the drag, was ${before}px`);
  await page.reload();
  await expectVisible(rangeText(page));
  await poll(async () => Math.abs((await total.boundingBox()).width - after) < 2, "the dragged width after a reload");
});

test("list: keyboard only — reach the rows, move with arrows, select with Space, open with Enter", async ({ page, env }) => {
  await openOrders(page, env);
  await expectCount(dataRows(page), (n) => n > 2, "data rows");
  await page.getByRole("searchbox", { name: "Search" }).focus();
  let onRow = false;
  for (let i = 0; i < 25 && !onRow; i++) {
    await page.keyboard.press("Tab");
    onRow = await page.evaluate(() => document.activeElement?.tagName === "TR");
  }
  assert(onRow, "Tab never reached a table row");
  await page.keyboard.press("ArrowDown");
  const second = dataRows(page).nth(1);
  assert(await second.evaluate((el) => el === document.activeElement), "ArrowDown did not move to the second row");
  const outline = await second.evaluate((el) => getComputedStyle(el).outlineStyle);
  assert(outline !== "none", "the focused row has no visible focus ring");
  await page.keyboard.press("Space");
  await expectVisible(page.getByText("1 selected", { exact: true }));
  assert(await second.getByRole("checkbox", { name: "Select row" }).isChecked(), "Space did not select the row");
  // the row's actions menu by keyboard: ArrowDown on its button opens it on the first item (the
  // row focus stays put), Escape closes it and focus is back on the button
  const actions = second.getByRole("button", { name: /^Actions for/ });
  await actions.focus();
  await page.keyboard.press("ArrowDown");
  const open = page.getByRole("menuitem", { name: "Open" });
  await poll(() => open.evaluate((el) => el === document.activeElement), () => "ArrowDown on the actions button did not focus the menu's first item");
  await axeCheck(page, { screen: "orders list with a row's actions menu open" });
  await page.keyboard.press("Escape");
  await poll(() => actions.evaluate((el) => el === document.activeElement), () => "Escape did not return focus to the actions button");
  assert((await page.getByRole("menu").count()) === 0, "the menu is still open after Escape");
  await second.focus();
  await page.keyboard.press("Enter");
  await expectUrl(page, /\/r\/orders\/[^/?]+$/);
});

test("list: a reload revalidates the schema once (If-None-Match → 304, no body) and asks for its rows once, before React is evaluated", async ({ page, env }) => {
  await openOrders(page, env, "?per_page=25"); // this visit keeps the schema for the next load
  const schemaUrl = `${env.referenceUrl.replace(/\/$/, "")}/admin/schema`;
  const firstPage = (url) => url.startsWith(env.referenceUrl) && /\/orders\?(.*&)?page=1&/.test(url);
  const schema = [];
  const rows = [];
  page.on("request", (request) => {
    if (request.method() !== "GET") return;
    if (request.url() === schemaUrl) schema.push(request);
    if (firstPage(request.url())) rows.push(request.url());
  });
  await page.reload();
  await expectCount(dataRows(page), (n) => n === 25, "25 rows", 20_000);
  await page.waitForLoadState("networkidle");
  assert(schema.length === 1, `the schema was asked for ${schema.length} times`);
  const ifNoneMatch = await schema[0].headerValue("if-none-match");
  assert(ifNoneMatch, "the schema request of a reload carries no If-None-Match");
  const answer = await schema[0].response();
  assert(answer?.status() === 304, `the schema request was answered ${answer?.status()}, not 304`);
  assert(rows.length === 1, `the rows were asked for ${rows.length} times: ${rows.join(", ")}`);
  const timing = await page.evaluate(() => ({
    react: performance.getEntriesByName("atrium:react")[0]?.startTime ?? null,
    requests: performance.getEntriesByType("resource").filter((e) => /\/admin\/schema$|\/orders\?(.*&)?page=1&/.test(e.name)).map((e) => e.startTime),
  }));
  assert(timing.react !== null && timing.requests.length === 2 && timing.requests.every((t) => t < timing.react), `the API requests did not go out before React was evaluated: ${JSON.stringify(timing)}`);
});

test("list: 2,000 rows render virtualised and scroll to the end", async ({ page, env }) => {
  const api = await referenceClient(env.referenceUrl);
  const { total } = await api.list("customers", { per_page: "1" });
  assert(total >= 2000, `the seed needs 2,000 customers, has ${total}`);
  await page.goto(env.appUrl);
  await signIn(page);
  const started = Date.now();
  await page.goto(`${env.appUrl}r/customers?per_page=2000`);
  await expectText(rangeText(page), formatRange(1, 2000, total), 30_000);
  const elapsed = Date.now() - started;
  const rendered = await dataRows(page).count();
  assert(rendered > 10 && rendered < 200, `expected a virtualised window of rows, got ${rendered}`);
  await page.locator(".list-table-wrap").evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await poll(
    async () => page.evaluate(() => [...document.querySelectorAll("tr[data-row]")].some((tr) => Number(tr.getAttribute("data-row")) >= 1990)),
    () => "scrolling to the end did not render the last rows",
  );
  await axeCheck(page, { screen: "2,000 customers (virtualised)" });
  console.log(`    2,000 customers on screen after ${elapsed} ms, ${rendered} rows in the DOM`);
});

test("list: mobile shows a stacked card list with the same actions; axe clean", async ({ page, env }) => {
  await openOrders(page, env);
  await page.setViewportSize({ width: 375, height: 740 });
  const first = dataRows(page).first();
  await expectVisible(first);
  const display = await first.evaluate((el) => getComputedStyle(el).display);
  assert(display === "block", `rows should stack as cards under 640 px, display is ${display}`);
  await expectVisible(first.getByRole("button", { name: /^Actions for/ }));
  await expectVisible(first.getByRole("checkbox", { name: "Select row" }));
  await axeCheck(page, { screen: "orders list (mobile)" });
});

test("list: delete from the row menu asks first (focus back on the row's button when not), then removes the row", async ({ page, env }) => {
  const api = await referenceClient(env.referenceUrl);
  const { total } = await api.list("webhooks", { per_page: "1" });
  await page.goto(env.appUrl);
  await signIn(page);
  await page.goto(`${env.appUrl}r/webhooks`);
  await expectVisible(rangeText(page), 20_000);
  const first = dataRows(page).first();
  const text = (await first.textContent()) ?? "";
  await first.getByRole("button", { name: /^Actions for/ }).click();
  await page.getByRole("menuitem", { name: "Delete", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Delete" });
  await expectVisible(dialog);
  await axeCheck(page, { screen: "delete confirmation" });
  const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.tagName);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expectHidden(dialog);
  await poll(async () => /^Actions for/.test(await focusedLabel()), async () => `after Cancel, focus is on ${await focusedLabel()}, not the row's Actions button`);
  // by keyboard: the menu opens with Enter, Escape leaves the dialog, focus is back on the button
  await page.keyboard.press("Enter");
  await page.getByRole("menuitem", { name: "Delete", exact: true }).press("Enter");
  await expectVisible(dialog);
  await page.keyboard.press("Escape");
  await expectHidden(dialog);
  await poll(async () => /^Actions for/.test(await focusedLabel()), async () => `after Escape, focus is on ${await focusedLabel()}, not the row's Actions button`);
  await first.getByRole("button", { name: /^Actions for/ }).click();
  await page.getByRole("menuitem", { name: "Delete", exact: true }).click();
  await dialog.getByRole("button", { name: "Delete", exact: true }).click();
  await poll(async () => ((await dataRows(page).first().textContent()) ?? "") !== text, () => "the deleted row is still first");
  await expectText(rangeText(page), new RegExp(`of ${(total - 1).toLocaleString("en-US")}$`));
});

test("list: a refused row delete says why in a toast that stays on its page", async ({ page, env }) => {
  const api = await referenceClient(env.referenceUrl);
  const { items } = await api.list("products", { per_page: "1" });
  const categoryId = items[0]?.category_id;
  assert(typeof categoryId === "string", "the reference's products have categories");
  const category = (await api.list("categories", { per_page: "100" })).items.find((c) => itemId(c) === categoryId);
  assert(category, "the product's category is listed");
  await page.goto(`${env.appUrl}r/categories`);
  await signIn(page);
  await expectVisible(rangeText(page), 20_000);
  const row = dataRows(page).filter({ hasText: String(category.name) }).first();
  await row.getByRole("button", { name: /^Actions for/ }).click();
  await page.getByRole("menuitem", { name: "Delete", exact: true }).click();
  await page.getByRole("dialog", { name: "Delete" }).getByRole("button", { name: "Delete", exact: true }).click();
  const notifications = page.getByRole("status", { name: "Notifications" });
  const toast = notifications.getByText(new RegExp(`^Could not delete ${category.name}\\. This category is still used by \\d+ products?\\.$`));
  await expectVisible(toast, 20_000);
  // the error is about the categories list: it does not follow the user to the products
  await mainNav(page).getByRole("link", { name: "Products", exact: true }).click();
  await expectUrl(page, /\/r\/products$/, 20_000);
  await expectHidden(toast);
});
