// The litestar-admin dialect against the reference backend's litestar face, the same scenarios
// as the Craft Easy face: password sign-in, list, search, sort, create (with a relation pick),
// edit, delete, export — plus dialect auto-detection with and without "/admin" in the base URL.
// config.json: {"apiUrl": "<reference>/admin", "dialect": "litestar-admin"} (as the README says).
import { axeCheck } from "./lib/axe.mjs";
import { codeInput, dataRows, emailInput, heading, mainNav, passwordInput, rangeText, signIn, signInButton } from "./lib/app.mjs";
import { assert, expectCount, expectText, expectUrl, expectValue, expectVisible, poll } from "./lib/expect.mjs";
import { test } from "./lib/harness.mjs";
import { LITESTAR_ADMIN, referenceClient } from "./lib/reference-api.mjs";


/** The app served with a config.json for the litestar-admin face. */
const litestarApp = (env, startApp, dialect = "litestar-admin") => startApp({ apiUrl: `${env.referenceUrl}/admin`, dialect });

/** Requests to the litestar list endpoint of `model` (their query parameters). */
function recordListRequests(page, model) {
  const seen = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith(`/admin/api/models/${model}`) && request.method() === "GET") seen.push(url.searchParams);
  });
  return seen;
}

/** A product of the shared store, read through the Craft Easy face; null once it is gone. */
async function getProduct(referenceUrl, id) {
  const api = await referenceClient(referenceUrl);
  const response = await fetch(`${referenceUrl}/products/${encodeURIComponent(id)}`, { headers: { "X-API-Key": api.token } });
  if (response.status === 404) return null;
  assert(response.ok, `GET /products/${id} → ${response.status}`);
  return response.json();
}

test("litestar-admin: the products list sorts on the server", async ({ page, env, startApp }) => {
  const app = await litestarApp(env, startApp);
  const requests = recordListRequests(page, "products");
  await page.goto(`${app.url}r/products`);
  await signIn(page, LITESTAR_ADMIN);
  await expectVisible(heading(page, "Products"));
  await expectCount(dataRows(page), (n) => n >= 1, "product rows");
  await expectVisible(rangeText(page));

  const priceHeader = page.getByRole("columnheader", { name: /^Price/ });
  await priceHeader.getByRole("button", { name: "Price", exact: true }).click();
  await poll(async () => (await priceHeader.getAttribute("aria-sort")) === "ascending", () => "Price sorted ascending");
  await poll(
    () => requests.some((p) => p.get("sort_by") === "price" && p.get("sort_order") === "asc"),
    () => "a list request with sort_by=price&sort_order=asc",
  );
  const prices = async () => {
    const col = await priceHeader.evaluate((th) => [...th.parentElement.children].indexOf(th));
    const texts = await dataRows(page).evaluateAll((rows, c) => rows.map((r) => r.children[c]?.textContent ?? ""), col);
    return texts.map((t) => Number(t.replace(/[^0-9.-]/g, "")));
  };
  await poll(async () => {
    const p = await prices();
    return p.length > 1 && p.every((v, i) => i === 0 || p[i - 1] <= v);
  }, async () => `prices in ascending order: ${(await prices()).join(", ")}`);
  await axeCheck(page, { screen: "litestar products list (sorted)" });
});

test("litestar-admin: search narrows the list on the server", async ({ page, env, startApp }) => {
  const api = await referenceClient(env.referenceUrl);
  const { items } = await api.list("products", { per_page: "1" });
  const name = String(items[0]?.name ?? "");
  assert(name, "the reference has products");
  const app = await litestarApp(env, startApp);
  const requests = recordListRequests(page, "products");
  await page.goto(`${app.url}r/products`);
  await signIn(page, LITESTAR_ADMIN);
  await expectVisible(heading(page, "Products"));
  const search = page.getByRole("searchbox", { name: "Search" }).or(page.getByRole("textbox", { name: "Search" }));
  await expectVisible(search.first());
  await search.first().fill(name);
  await poll(() => requests.some((p) => p.get("search") === name), () => `a list request with search=${name}`);
  await expectText(dataRows(page).first(), new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
});

test("litestar-admin: create with a relation pick, edit and delete a product", async ({ page, env, startApp }) => {
  const name = `Dialect Test Lamp ${Date.now() % 100000}`;
  const app = await litestarApp(env, startApp);
  await page.goto(`${app.url}r/products/new`);
  await signIn(page, LITESTAR_ADMIN);
  const form = page.getByRole("form");
  await expectVisible(form);
  await form.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await form.getByRole("textbox", { name: "Sku", exact: true }).fill("LMP-4242");
  // relation picker: search the categories, pick "Tents"
  const category = form.getByRole("combobox", { name: "Category" });
  await category.fill("Tents");
  await page.getByRole("option", { name: /Tents/ }).first().click();
  await form.getByRole("combobox", { name: "Status", exact: true }).selectOption({ label: "active" });
  await form.getByRole("spinbutton", { name: "Price", exact: true }).fill("49.5");
  await form.getByRole("spinbutton", { name: "Stock", exact: true }).fill("7");
  await axeCheck(page, { screen: "litestar new product form" });
  await form.getByRole("button", { name: "Save", exact: true }).click();
  await expectUrl(page, /\/r\/products\/[^/]+$/, 20_000);
  await expectVisible(heading(page, name));

  const id = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");
  const created = await getProduct(env.referenceUrl, id);
  assert(created?.name === name, `the product "${name}" was not stored: ${JSON.stringify(created)}`);
  const api = await referenceClient(env.referenceUrl);
  const { items: cats } = await api.list("categories", { per_page: "100" });
  const tents = cats.find((c) => c.name === "Tents");
  assert(tents && created.category_id === tents.id, `category_id ${created.category_id} is not Tents (${tents?.id})`);

  // history of the new record (litestar activity filtered by record)
  const history = page.getByRole("region", { name: "History" });
  await expectVisible(history);
  await expectText(history, /created/);

  // edit
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  const nameBox = page.getByRole("textbox", { name: "Name", exact: true });
  await expectValue(nameBox, name);
  await nameBox.fill(`${name} II`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expectUrl(page, /\/r\/products\/[^/]+$/, 20_000);
  await poll(async () => (await getProduct(env.referenceUrl, id))?.name === `${name} II`, () => "the renamed product is stored");
  await expectText(page.getByRole("region", { name: "History" }), new RegExp(`${name} II`));
  await axeCheck(page, { screen: "litestar product record with history" });

  // delete
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expectVisible(dialog);
  await dialog.getByRole("button", { name: "Delete", exact: true }).click();
  await expectUrl(page, /\/r\/products(\?.*)?$/, 20_000);
  await poll(async () => (await getProduct(env.referenceUrl, id)) === null, () => "the product is deleted");
});

test("litestar-admin: export downloads the list as CSV", async ({ page, env, startApp }) => {
  const app = await litestarApp(env, startApp);
  await page.goto(`${app.url}r/categories`);
  await signIn(page, LITESTAR_ADMIN);
  await expectVisible(heading(page, "Categories"));
  await expectCount(dataRows(page), (n) => n >= 1, "category rows");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expectVisible(dialog);
  await axeCheck(page, { screen: "litestar export dialog" });
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 20_000 }), dialog.getByRole("button", { name: "Export", exact: true }).click()]);
  assert(/\.csv$/i.test(download.suggestedFilename()), `not a CSV file name: ${download.suggestedFilename()}`);
  const path = await download.path();
  const { readFileSync } = await import("node:fs");
  const text = readFileSync(path, "utf8");
  const lines = text.trim().split(/\r?\n/);
  assert(lines.length === 25, `expected a header and 24 categories, got ${lines.length} lines`);
  assert(/Outdoor/.test(text), "the export lacks the Outdoor category");
});

test("litestar-admin: dashboard counts, recent activity and the activity page pass axe", async ({ page, env, startApp }) => {
  const api = await referenceClient(env.referenceUrl);
  const { total } = await api.list("orders", { per_page: "1" });
  const app = await litestarApp(env, startApp);
  await page.goto(`${app.url}dashboard`);
  await signIn(page, LITESTAR_ADMIN);
  await expectVisible(heading(page, "Dashboard"));
  await expectVisible(page.getByRole("link", { name: new RegExp(`^Orders\\s*${total.toLocaleString("en-US")}`) }));
  const recent = page.getByRole("list", { name: "Recent activity" });
  await expectCount(recent.getByRole("listitem"), (n) => n >= 1, "recent activity entries");
  await expectVisible(page.getByRole("figure", { name: /Number of records/ }));
  await axeCheck(page, { screen: "litestar dashboard" });

  const first = recent.getByRole("listitem").first().getByRole("link");
  const href = await first.getAttribute("href");
  assert(/^\/r\/(products|orders|customers)\/[^/]+$/.test(href ?? ""), `activity link ${href}`);
  await first.click();
  await expectVisible(page.getByRole("region", { name: "History" }), 20_000);

  await mainNav(page).getByRole("link", { name: "Activity", exact: true }).click();
  await expectVisible(heading(page, "Activity"));
  await expectCount(page.getByRole("list", { name: "Activity" }).getByRole("listitem"), (n) => n >= 10, "activity entries");
  await axeCheck(page, { screen: "litestar activity" });
});

test("auto detection: the reference root (no /admin) is the Craft Easy face", async ({ page, env, startApp }) => {
  const bare = await startApp({ apiUrl: env.referenceUrl, dialect: "auto" });
  await page.goto(bare.url);
  await expectVisible(emailInput(page), 20_000);
  assert(!(await passwordInput(page).isVisible()), "the reference root was taken for litestar-admin");
  await emailInput(page).fill("admin@example.com");
  await signInButton(page).click();
  await expectVisible(codeInput(page)); // Craft Easy's e-mailed code
});

test("auto detection: a base URL ending in /admin finds the litestar-admin face", async ({ page, env, startApp }) => {
  const app = await litestarApp(env, startApp, "auto");
  await page.goto(app.url);
  await expectVisible(passwordInput(page), 20_000);
  await signIn(page, LITESTAR_ADMIN);
  await expectVisible(heading(page, "Dashboard"));
  await expectVisible(mainNav(page).getByRole("link", { name: "Activity", exact: true }));
});
