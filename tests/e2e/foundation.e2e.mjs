// Foundation: sign-in, navigation, a resource list with paging, deep links that survive a
// reload (at / and under a sub-path), the demo backend, sign-out; axe on every screen visited.
// Expected labels, totals and ids come from the reference backend's own answers.
import { axeCheck } from "./lib/axe.mjs";
import {
  codeInput,
  dataRows,
  emailInput,
  formatRange,
  heading,
  mainNav,
  rangeText,
  signIn,
  signInButton,
  signOut,
} from "./lib/app.mjs";
import { assert, expectCount, expectText, expectUrl, expectVisible, poll } from "./lib/expect.mjs";
import { test } from "./lib/harness.mjs";
import { itemId, referenceClient } from "./lib/reference-api.mjs";

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The orders list facts the screen must show: label, page size and total. */
async function ordersFacts(referenceUrl) {
  const api = await referenceClient(referenceUrl);
  const orders = api.resource("orders");
  const pageSize = orders.list.page_size ?? 25;
  const { total } = await api.list("orders", { per_page: "1" });
  assert(total > 2 * pageSize, `the seed needs more than two pages of orders, has ${total}`);
  return { api, label: orders.label_plural, pageSize, total };
}

/** The record the first data row links to (its text changes as relation labels resolve). */
async function firstRowRecord(page) {
  const href = await dataRows(page).first().getByRole("link").first().getAttribute("href");
  assert(href, "the first row has no link to its record");
  return href;
}

/** Open the orders list from the navigation and check page 1, then page 2. */
async function listAndPage(page, { label, pageSize, total }) {
  await mainNav(page).getByRole("link", { name: label, exact: true }).click();
  await expectVisible(heading(page, label));
  await expectVisible(page.getByRole("table"));
  await expectText(rangeText(page), formatRange(1, pageSize, total));
  await expectCount(dataRows(page), (n) => n >= 1, "at least one data row");
  const firstRow = await firstRowRecord(page);

  await page.getByRole("button", { name: "Next page" }).click();
  await expectText(rangeText(page), formatRange(pageSize + 1, 2 * pageSize, total));
  await expectCount(dataRows(page), (n) => n >= 1, "at least one data row on page 2");
  const secondPageRow = await firstRowRecord(page);
  assert(secondPageRow !== firstRow, "page 2 shows the same first row as page 1");
  return secondPageRow;
}

/** The first product and the value its Name input must show on the record screen. */
async function firstProduct(api) {
  const { items } = await api.list("products", { per_page: "1" });
  const product = items[0];
  assert(product, "the reference backend has no products");
  const nameLabel = api.resource("products").fields.name?.label ?? "Name";
  return { id: itemId(product), name: String(product.name), nameLabel };
}

test("sign-in with an e-mailed code; both sign-in steps pass axe", async ({ page, env }) => {
  await page.goto(env.appUrl);
  await expectVisible(emailInput(page));
  await expectVisible(signInButton(page));
  await axeCheck(page, { screen: "sign-in (email step)" });
  await emailInput(page).fill("admin@example.com");
  await signInButton(page).click();
  await expectVisible(codeInput(page));
  await axeCheck(page, { screen: "sign-in (code step)" });
  await codeInput(page).fill("123456");
  await signInButton(page).click();
  await expectVisible(mainNav(page), 20_000);
});

test("a wrong code is refused with a message and no session", async ({ page, env }) => {
  await page.goto(env.appUrl);
  await emailInput(page).fill("admin@example.com");
  await signInButton(page).click();
  await codeInput(page).fill("000000");
  await signInButton(page).click();
  await expectVisible(page.getByRole("alert"));
  assert(!(await mainNav(page).isVisible()), "a wrong code opened the app");
  await expectVisible(codeInput(page));
});

test("navigation shows the schema's groups and resources; the dashboard passes axe", async ({ page, env }) => {
  const api = await referenceClient(env.referenceUrl);
  await page.goto(env.appUrl);
  await signIn(page);
  const nav = mainNav(page);
  await expectVisible(nav.getByRole("link", { name: "Dashboard", exact: true }));
  const labels = new Map(api.schema.resources.map((r) => [r.name, r.label_plural]));
  for (const group of api.schema.navigation) {
    if (group.label) await expectVisible(nav.getByRole("heading", { name: group.label, exact: true }));
    for (const name of group.resources) {
      await expectVisible(nav.getByRole("link", { name: labels.get(name), exact: true }));
    }
  }
  await nav.getByRole("link", { name: "Dashboard", exact: true }).click();
  await expectVisible(heading(page, "Dashboard"));
  await axeCheck(page, { screen: "dashboard" });
});

test("the schema's theme: its logo shows in the header, its favicon is the document's icon, its accent is there from the first frame", async ({ page, env }) => {
  const { schema } = await referenceClient(env.referenceUrl);
  assert(schema.theme?.logo_url && schema.theme.favicon_url, "the reference schema has no theme images");
  await page.goto(env.appUrl);
  await signIn(page);
  await expectVisible(mainNav(page));
  const logo = page.getByRole("banner").locator("img");
  await expectVisible(logo);
  assert((await logo.getAttribute("src")) === schema.theme.logo_url, "the header logo is not the theme's logo_url");
  await poll(async () => (await logo.evaluate((img) => img.complete && img.naturalWidth > 0)) || null, () => "the logo never loaded");
  const icon = await page.locator('link[rel~="icon"]').getAttribute("href");
  assert(icon === schema.theme.favicon_url, `the favicon is ${icon?.slice(0, 40)}, not the theme's favicon_url`);

  // the accent colour is in place in the first frame that shows the shell (no flash of the default)
  await page.addInitScript(() => {
    const watch = () => {
      if (document.querySelector(".shell")) window.__accentAtFirstFrame = document.documentElement.style.getPropertyValue("--brand");
      else requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await page.reload();
  await expectVisible(mainNav(page));
  const accent = await page.evaluate(() => window.__accentAtFirstFrame);
  assert(typeof accent === "string" && /^#[0-9a-f]{6}$/i.test(accent.trim()), `the first frame with the shell had --brand ${JSON.stringify(accent)}, not the theme's colour`);
});

test("a resource list shows rows and pages; its deep link survives a reload", async ({ page, env }) => {
  const facts = await ordersFacts(env.referenceUrl);
  await page.goto(env.appUrl);
  await signIn(page);
  const secondPageRow = await listAndPage(page, facts);
  await axeCheck(page, { screen: "orders list" });
  await expectUrl(page, /\/r\/orders\?.+/);

  await page.reload();
  await expectVisible(heading(page, facts.label), 20_000);
  await expectText(rangeText(page), formatRange(facts.pageSize + 1, 2 * facts.pageSize, facts.total));
  await expectCount(dataRows(page), (n) => n >= 1, "at least one data row after the reload");
  assert((await firstRowRecord(page)) === secondPageRow, "the reload shows another first row than page 2 had");

  await page.getByRole("button", { name: "Previous page" }).click();
  await expectText(rangeText(page), formatRange(1, facts.pageSize, facts.total));
});

test("a record deep link opens the record and survives a reload", async ({ page, env }) => {
  const api = await referenceClient(env.referenceUrl);
  const product = await firstProduct(api);
  await page.goto(env.appUrl);
  await signIn(page);
  await page.goto(`${env.appUrl}r/products/${encodeURIComponent(product.id)}`);
  // The show view is headed by the record's name and shows the field labelled by its label.
  const title = page.getByRole("heading", { level: 1, name: product.name, exact: true });
  await expectVisible(title, 20_000);
  await expectVisible(page.getByText(product.nameLabel, { exact: true }).first());
  await axeCheck(page, { screen: "product record" });
  await page.reload();
  await expectVisible(title, 20_000);
});

test("served under a sub-path, deep links to a list and a record survive a reload; a row links to its record there", async ({ page, env, startApp }) => {
  const facts = await ordersFacts(env.referenceUrl);
  const product = await firstProduct(facts.api);
  const app = await startApp({ base: "/admin-ui/", apiUrl: env.referenceUrl });
  await page.goto(app.url);
  await signIn(page);
  await listAndPage(page, facts);
  await expectUrl(page, new RegExp(`^${escapeRegExp(app.url)}r/orders\\?.+`));
  await page.reload();
  await expectText(rangeText(page), formatRange(facts.pageSize + 1, 2 * facts.pageSize, facts.total), 20_000);
  // a row's record link is a real address under the sub-path (what a new tab opens), and a click follows it
  const rowLink = dataRows(page).first().locator("a.row-link");
  const href = await rowLink.getAttribute("href");
  assert(href?.startsWith("/admin-ui/r/orders/"), `the first row links to ${href}, not under /admin-ui/r/orders/`);
  const recordTitle = (await rowLink.textContent())?.trim() ?? "";
  await rowLink.click();
  await expectUrl(page, new RegExp(`^${escapeRegExp(new URL(href, app.url).href)}$`));
  await expectVisible(page.getByRole("heading", { level: 1, name: recordTitle, exact: true }), 20_000);

  await page.goto(`${app.url}r/products/${encodeURIComponent(product.id)}`);
  const title = page.getByRole("heading", { level: 1, name: product.name, exact: true });
  await expectVisible(title, 20_000);
  await page.reload();
  await expectVisible(title, 20_000);
  await mainNav(page).getByRole("link", { name: "Dashboard", exact: true }).click();
  await expectUrl(page, new RegExp(`^${escapeRegExp(app.url)}`));
  await expectVisible(heading(page, "Dashboard"));
});

test("demo mode: with no config.json the credentials on the sign-in screen work", async ({ page, startApp }) => {
  const app = await startApp({ apiUrl: null });
  await page.goto(app.url);
  await expectVisible(emailInput(page), 20_000);
  // Read the first demo e-mail and code from the screen: a term "Email"/"Code" and its definition.
  const hint = page.getByRole("region", { name: /demo/i });
  await expectVisible(hint);
  const credentials = await hint.evaluate((root) => {
    const valueOf = (term) => {
      const dt = [...root.querySelectorAll("dt")].find((el) => el.textContent?.trim() === term);
      return dt?.nextElementSibling?.textContent?.trim() ?? null;
    };
    return { email: valueOf("Email"), code: valueOf("Code") };
  });
  assert(credentials.email && credentials.code, `no demo credentials on screen: ${JSON.stringify(credentials)}`);
  await signIn(page, credentials);
  const firstLink = mainNav(page).getByRole("link").filter({ hasNotText: /^(Dashboard|Activity)$/ }).first();
  const label = ((await firstLink.textContent()) ?? "").trim();
  await firstLink.click();
  await expectVisible(heading(page, label));
  await expectCount(dataRows(page), (n) => n >= 1, "at least one data row");
  await expectText(rangeText(page), /^1–\d[\d,]* of \d[\d,]*$/);
});

test("sign out returns to the sign-in screen and ends the session", async ({ page, env }) => {
  await page.goto(env.appUrl);
  await signIn(page);
  await signOut(page);
  assert(!(await mainNav(page).isVisible()), "the navigation is still shown after signing out");
  await page.reload();
  await expectVisible(emailInput(page), 20_000);
  await page.goto(`${env.appUrl}r/orders`);
  await expectVisible(emailInput(page), 20_000);
  assert(!(await page.getByRole("table").isVisible()), "the orders table is shown without a session");
});

test("a changed config.json takes effect on the next load, with no reload of its own", async ({ page, env, startApp }) => {
  const app = await startApp({ apiUrl: null });
  let served = JSON.stringify({ apiUrl: null });
  await page.route(`${app.url}config.json`, (route) => route.fulfill({ status: 200, contentType: "application/json", body: served }));
  let loads = 0; // documents loaded (a router redirect is no load)
  page.on("domcontentloaded", () => loads++);
  const demoHint = page.getByRole("region", { name: /demo/i });
  await page.goto(app.url);
  await expectVisible(demoHint, 20_000);

  // the deployment now points at a real backend
  served = JSON.stringify({ apiUrl: env.referenceUrl, dialect: "craft-easy" });
  const asked = [];
  page.on("request", (request) => {
    if (request.url().startsWith(env.referenceUrl)) asked.push(new URL(request.url()).pathname);
  });
  loads = 0;
  await page.reload();
  await expectVisible(emailInput(page), 20_000);
  await page.waitForLoadState("networkidle");
  assert(!(await demoHint.isVisible()), "the demo's sign-in is still shown after config.json changed");
  assert(asked.includes("/admin/schema"), `no request to the configured backend: ${JSON.stringify(asked)}`);
  assert(loads === 1, `expected one load, saw ${loads}`);
  await signIn(page);
  await expectVisible(mainNav(page));
});
