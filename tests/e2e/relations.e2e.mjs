// Relation picker in real Chromium against the reference server: an order's customer picked from
// 2,000 customers by typing, keyboard only; the order an order replaces picked from the 12,000
// orders by typing part of its number (paged searches only), saved and checked on the server; the
// list filter variant; axe on the form with the popup open. Expectations come from the server's
// own answers.
import { axeCheck } from "./lib/axe.mjs";
import { dataRows, heading, selectFirstRows, signIn } from "./lib/app.mjs";
import { assert, expectCount, expectText, expectUrl, expectValue, expectVisible, poll } from "./lib/expect.mjs";
import { test } from "./lib/harness.mjs";
import { itemId, referenceClient } from "./lib/reference-api.mjs";

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A customer deep in the list whose name matches no other customer's name. */
async function distinctCustomer(api) {
  const { total } = await api.list("customers", { per_page: "1" });
  assert(total >= 2000, `the seed needs 2,000 customers, has ${total}`);
  for (let page = 40; page < 80; page++) {
    const { items } = await api.list("customers", { page: String(page), per_page: "25" });
    for (const c of items) {
      const name = String(c.name);
      const same = await api.list("customers", { name__regex: escapeRegExp(name) });
      if (same.total === 1) return { id: itemId(c), name, total };
    }
  }
  throw new Error("no customer with a distinct name");
}

/** Requests the app sends to the customers endpoint (searches and label look-ups). */
function recordCustomerRequests(page, referenceUrl) {
  const seen = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(referenceUrl).origin && url.pathname === "/customers" && request.method() === "GET") seen.push(url);
  });
  return seen;
}

test("order form: pick the customer among 2,000 by typing, keyboard only, one round trip; axe clean", async ({ page, env }) => {
  const api = await referenceClient(env.referenceUrl);
  const customer = await distinctCustomer(api);
  const requests = recordCustomerRequests(page, env.referenceUrl);

  await page.goto(new URL("r/orders/new", env.appUrl).href);
  await signIn(page);
  await expectVisible(page.getByRole("combobox", { name: "Customer" }), 20_000);
  const box = page.getByRole("combobox", { name: "Customer" });
  await axeCheck(page, { screen: "new order form" });
  await box.focus();
  const before = requests.length;
  await box.pressSequentially(customer.name, { delay: 20 });
  const option = page.getByRole("option", { name: customer.name, exact: true });
  await expectVisible(option);

  // debounced: one search for the whole name, paged (no full load of the 2,000 customers)
  const searches = requests.slice(before).filter((u) => !u.searchParams.has("id__in") && !u.searchParams.has("_id__in"));
  assert(searches.length === 1, `expected one search request, saw ${searches.length}: ${searches.map((u) => u.search).join(" | ")}`);
  const perPage = Number(searches[0].searchParams.get("per_page"));
  assert(perPage > 0 && perPage <= 100, `a search asked for ${perPage} rows`);
  assert([...searches[0].searchParams.values()].some((v) => v.includes(customer.name.split(" ")[0])), "the search does not carry the typed name");

  // the whole page with the popup open (combobox, listbox, options), and again once it has closed
  await axeCheck(page, { screen: "customer picker popup" });

  await page.keyboard.press("ArrowDown");
  await poll(
    async () => {
      const active = await box.getAttribute("aria-activedescendant");
      return active !== null && (await page.locator(`[id="${active}"]`).textContent())?.includes(customer.name);
    },
    () => "the typed customer is the active option",
  );
  await page.keyboard.press("Enter");
  await expectValue(box, customer.name);
  await expectCount(page.getByRole("listbox"), (n) => n === 0, "the popup closed");
  const link = page.getByRole("link", { name: `Open ${customer.name} in new tab` });
  await expectVisible(link);
  const href = await link.getAttribute("href");
  assert(href?.endsWith(`/r/customers/${encodeURIComponent(customer.id)}`), `open-in-new-tab link is ${href}`);
  assert((await link.getAttribute("target")) === "_blank", "the link does not open a new tab");
  // the picked label came from the search: no label look-up for it
  assert(!requests.some((u) => (u.searchParams.get("id__in") ?? "").includes(customer.id)), "the picked customer's label was fetched again");

  // Escape after typing restores the picked customer
  await box.focus();
  await page.keyboard.press("End");
  await page.keyboard.type("zz");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expectValue(box, customer.name);
  await axeCheck(page, { screen: "order form with a customer picked" });
});

test("order form: the customer options load their next page when scrolled to the end, and when the keyboard reaches it", async ({ page, env }) => {
  const requests = recordCustomerRequests(page, env.referenceUrl);
  await page.goto(new URL("r/orders/new", env.appUrl).href);
  await signIn(page);
  const box = page.getByRole("combobox", { name: "Customer" });
  await expectVisible(box, 20_000);
  await page.getByRole("button", { name: "Show Customer options" }).click();
  const list = page.getByRole("listbox", { name: "Customer options" });
  await expectVisible(list.getByRole("option"));
  const status = page.getByRole("status").filter({ hasText: "shown" });
  await expectText(status, /^50 of 2,000 shown/);
  const pages = () => requests.filter((u) => !u.searchParams.has("id__in") && !u.searchParams.has("_id__in")).map((u) => u.searchParams.get("page"));
  // the wheel over the options, as a user scrolls (only some options are in the DOM meanwhile)
  await list.hover();
  await poll(async () => {
    await page.mouse.wheel(0, 600);
    return /^100 of 2,000 shown/.test((await status.textContent()) ?? "");
  }, () => `scrolling did not load the second page (pages asked for: ${pages().join(", ")})`);
  assert((await list.getByRole("option").count()) < 100, "the options are not virtualised");
  // ArrowUp from no active option goes to the last loaded one: it is rendered, scrolled to, and
  // being at the end, the next page loads
  await box.press("ArrowUp");
  await poll(
    async () => {
      const active = await box.getAttribute("aria-activedescendant");
      return active !== null && (await page.locator(`[id="${active}"]`).getAttribute("aria-posinset")) === "100" && (await page.locator(`[id="${active}"]`).isVisible());
    },
    () => "the last loaded option is not the active, visible one",
  );
  await expectText(status, /^150 of 2,000 shown/);
  assert(JSON.stringify(pages()) === JSON.stringify(["1", "2", "3"]), `pages asked for: ${pages().join(", ")}`);
  await axeCheck(page, { screen: "customer options scrolled" });
});

test("orders list: a customer filter picked by typing filters the rows (eq)", async ({ page, env }) => {
  const api = await referenceClient(env.referenceUrl);
  const { items } = await api.list("orders", { page: "3", per_page: "1" });
  const order = items[0];
  assert(order, "no orders in the reference backend");
  const customers = await api.list("customers", { id__in: String(order.customer_id) });
  const customer = { id: String(order.customer_id), name: String(customers.items[0]?.name) };
  const theirs = await api.list("orders", { customer_id: customer.id });

  await page.goto(new URL("r/orders", env.appUrl).href);
  await signIn(page);
  await expectVisible(heading(page, api.resource("orders").label_plural), 20_000);
  await page.getByRole("button", { name: /^Filters/ }).click();
  const filters = page.getByRole("group", { name: "Filters" });
  const box = filters.getByRole("combobox", { name: "Customer" });
  await expectVisible(box);
  await box.pressSequentially(customer.name, { delay: 20 });
  // (several customers may share the name: their options carry an id hint after it)
  await expectVisible(page.getByRole("option", { name: new RegExp(`^${escapeRegExp(customer.name)}`) }).first());
  await page.keyboard.press("ArrowDown");
  await poll(
    async () => {
      const active = await box.getAttribute("aria-activedescendant");
      return active !== null && (await page.locator(`[id="${active}"]`).textContent())?.includes(customer.name);
    },
    () => "the typed customer is the active option",
  );
  await page.keyboard.press("Enter");
  await page.keyboard.press("Escape");
  await expectVisible(filters.getByRole("list", { name: "Selected Customer" }).getByText(customer.name));
  await expectUrl(page, new RegExp(`customer_id`));
  await poll(async () => {
    const rows = await dataRows(page).allTextContents();
    return rows.length > 0 && rows.length <= Math.max(theirs.total, 1) && rows.every((t) => t.includes(customer.name));
  }, () => `every row shows ${customer.name}`);
  // the "Active filters" chip names the customer, not the id — also after a reload, when the
  // label comes from a look-up rather than from the picker's search results
  const chip = page.getByRole("list", { name: "Active filters" }).getByRole("button", { name: `Remove filter Customer: ${customer.name}`, exact: true });
  await expectVisible(chip);
  await page.reload();
  await expectVisible(chip, 20_000);
  await axeCheck(page, { screen: "orders list with a customer filter" });
});

test("order form: create a new customer from the picker; it is selected after save", async ({ page, env }) => {
  const stamp = Date.now().toString(36);
  const name = `Zed Zulu ${stamp}`;
  await page.goto(new URL("r/orders/new", env.appUrl).href);
  await signIn(page);
  const box = page.getByRole("combobox", { name: "Customer" });
  await expectVisible(box, 20_000);
  await page.getByRole("button", { name: "Create new Customer" }).click();
  const dialog = page.getByRole("dialog", { name: "New Customer" });
  await expectVisible(dialog);
  // a record form, not a confirmation: its two columns get the room (the desktop viewport is 1280 px)
  const width = (await dialog.boundingBox()).width;
  assert(width > 600, `the New Customer dialog is ${width}px wide`);
  await dialog.getByRole("textbox", { name: "Full name" }).fill(name);
  await dialog.getByRole("textbox", { name: "Email" }).fill(`zed.${stamp}@example.com`);
  await dialog.getByRole("radio", { name: "Gold" }).focus();
  await page.keyboard.press("Space");
  await axeCheck(page, { screen: "create-new customer dialog", include: ".rp-modal" });
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expectCount(page.getByRole("dialog"), (n) => n === 0, "the dialog closed");
  await expectValue(box, name);
  const api = await referenceClient(env.referenceUrl);
  const created = await api.list("customers", { name__regex: escapeRegExp(name) });
  assert(created.total === 1, `the new customer was saved ${created.total} times`);
  const link = page.getByRole("link", { name: `Open ${name} in new tab` });
  assert((await link.getAttribute("href"))?.endsWith(`/r/customers/${itemId(created.items[0])}`), "the link points at the new customer");
});

/** GET requests the app sends to a collection endpoint (searches and label look-ups), as URLs. */
function recordListRequests(page, referenceUrl, pathname) {
  const seen = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(referenceUrl).origin && url.pathname === pathname && request.method() === "GET") seen.push(url);
  });
  return seen;
}

test("order edit form: pick the replaced order among 12,000 by typing part of its number; saved id checked over HTTP", async ({ page, env }) => {
  const api = await referenceClient(env.referenceUrl);
  const orders = api.resource("orders");
  assert(orders.fields.replaces_order?.relation?.endpoint === orders.endpoint, "orders.replaces_order is not a relation into orders");
  const { total } = await api.list("orders", { per_page: "1" });
  assert(total >= 10_000, `the seed needs 10,000+ orders, has ${total}`);
  // the order to edit: the newest one that replaces nothing yet
  const newest = await api.list("orders", { sort: "-number", per_page: "10" });
  const order = newest.items.find((o) => o.replaces_order === null || o.replaces_order === undefined);
  assert(order, "no order without replaces_order among the newest ten");
  const orderId = itemId(order);
  // the order it will replace: deep in the table, found by its exact number
  const targetNumber = `ORD-${String(Math.floor(total * 0.8)).padStart(6, "0")}`;
  const found = await api.list("orders", { number__regex: `^${escapeRegExp(targetNumber)}$` });
  assert(found.total === 1, `expected one ${targetNumber}, found ${found.total}`);
  const targetId = itemId(found.items[0]);
  const typed = targetNumber.slice(-6); // part of the number: its digits, without "ORD-"
  const matching = await api.list("orders", { number__regex: escapeRegExp(typed) });
  assert(matching.total === 1, `"${typed}" should match only ${targetNumber}, matches ${matching.total}`);

  const requests = recordListRequests(page, env.referenceUrl, orders.endpoint);
  await page.goto(new URL(`r/orders/${encodeURIComponent(orderId)}/edit`, env.appUrl).href);
  await signIn(page);
  const form = page.getByRole("form", { name: "Edit order" });
  const box = form.getByRole("combobox", { name: "Replaces order" });
  await expectVisible(box, 20_000);
  await expectValue(box, "");
  await box.focus();
  const before = requests.length;
  await box.pressSequentially(typed, { delay: 20 });
  const option = page.getByRole("option", { name: targetNumber, exact: true });
  await expectVisible(option);

  // paged searches only: no request loads the 12,000 orders, and only a few were sent
  const searches = requests.slice(before).filter((u) => !u.searchParams.has("id__in") && !u.searchParams.has("_id__in"));
  assert(searches.length >= 1 && searches.length <= 3, `expected 1–3 search requests, saw ${searches.length}: ${searches.map((u) => u.search).join(" | ")}`);
  for (const u of searches) {
    const perPage = Number(u.searchParams.get("per_page"));
    assert(perPage > 0 && perPage <= 100, `a search asked for per_page=${u.searchParams.get("per_page")}: ${u.search}`);
  }
  assert([...searches.at(-1).searchParams.values()].some((v) => v.includes(typed)), `the last search does not carry "${typed}": ${searches.at(-1).search}`);

  await page.keyboard.press("ArrowDown");
  await poll(
    async () => {
      const active = await box.getAttribute("aria-activedescendant");
      return active !== null && (await page.locator(`[id="${active}"]`).textContent())?.includes(targetNumber);
    },
    () => `${targetNumber} is the active option`,
  );
  await page.keyboard.press("Enter");
  await expectValue(box, targetNumber);
  await expectCount(page.getByRole("listbox"), (n) => n === 0, "the popup closed");
  const link = form.getByRole("link", { name: `Open ${targetNumber} in new tab` });
  assert((await link.getAttribute("href"))?.endsWith(`/r/orders/${encodeURIComponent(targetId)}`), "the link points at the picked order");

  await form.getByRole("button", { name: "Save", exact: true }).click();
  await expectUrl(page, new RegExp(`/r/orders/${escapeRegExp(orderId)}$`), 20_000);
  const stored = await api.list("orders", { id__in: orderId });
  assert(stored.items.length === 1, `order ${orderId} not found after save`);
  assert(stored.items[0].replaces_order === targetId, `stored replaces_order is ${stored.items[0].replaces_order}, expected ${targetId}`);
  // every request to the orders collection during the test was paged (≤ 100 rows)
  for (const u of requests) {
    const perPage = Number(u.searchParams.get("per_page") ?? "0");
    assert(perPage <= 100, `a request to ${orders.endpoint} asked for ${perPage} rows: ${u.search}`);
  }
});

test("orders list: bulk edit picks a customer with the pointer inside the modal dialog; Escape closes the popup, then the dialog; axe clean", async ({ page, env }) => {
  const api = await referenceClient(env.referenceUrl);
  const customer = await distinctCustomer(api);
  await page.goto(new URL("r/orders", env.appUrl).href);
  await signIn(page);
  await selectFirstRows(page, 2);
  await page.getByRole("button", { name: "Edit selected" }).click();
  const dialog = page.getByRole("dialog", { name: /^Edit 2 / });
  await expectVisible(dialog);
  await dialog.getByRole("checkbox", { name: "Customer", exact: true }).check();
  const box = dialog.getByRole("combobox", { name: "Customer" });
  await box.pressSequentially(customer.name, { delay: 20 });
  // the popup renders inside the dialog (the page behind it is inert) and takes a press there
  const option = dialog.getByRole("listbox").getByRole("option", { name: customer.name, exact: true });
  await expectVisible(option);
  await axeCheck(page, { screen: "customer picker popup in the bulk edit dialog" });
  await option.click();
  await expectValue(box, customer.name);
  await expectCount(page.getByRole("listbox"), (n) => n === 0, "the popup closed");
  assert(await box.evaluate((el) => el === document.activeElement), "the input lost the focus to the press");
  // typed text: the first Escape reverts it (the dialog stays); with nothing to revert, Escape is the dialog's
  await page.keyboard.type("zz");
  await expectVisible(dialog.getByRole("listbox"));
  await page.keyboard.press("Escape");
  await expectValue(box, customer.name);
  await expectVisible(dialog);
  await page.keyboard.press("Escape");
  await expectCount(page.getByRole("dialog"), (n) => n === 0, "the dialog closed");
});
