// Record forms: create with a validation error then fix it, edit, a conflicting edit from a
// second "tab" resolved by merging per field, delete with confirmation, a keyboard-only pass;
// axe on the form, the error state, the conflict dialog and the show view.
import { axeCheck } from "./lib/axe.mjs";
import { heading, signIn } from "./lib/app.mjs";
import { assert, expectText, expectUrl, expectValue, expectVisible, poll } from "./lib/expect.mjs";
import { test } from "./lib/harness.mjs";
import { itemId, referenceClient } from "./lib/reference-api.mjs";

async function getItem(referenceUrl, api, endpoint, id) {
  const res = await fetch(`${referenceUrl}${endpoint}/${encodeURIComponent(id)}`, { headers: { "X-API-Key": api.token } });
  assert(res.ok, `GET ${endpoint}/${id} → ${res.status}`);
  return { item: await res.json(), etag: res.headers.get("ETag") };
}

/** Another tab saves the record: PATCH with its own If-Match. */
async function patchElsewhere(referenceUrl, api, endpoint, id, body) {
  const { etag } = await getItem(referenceUrl, api, endpoint, id);
  const res = await fetch(`${referenceUrl}${endpoint}/${encodeURIComponent(id)}`, {
    method: "PATCH",
    headers: { "X-API-Key": api.token, "Content-Type": "application/json", "If-Match": etag ?? "" },
    body: JSON.stringify(body),
  });
  assert(res.ok, `PATCH elsewhere → ${res.status}`);
}

async function firstCategory(api) {
  const { items } = await api.list("categories", { per_page: "1" });
  assert(items[0], "the reference has categories");
  return { id: itemId(items[0]), item: items[0] };
}

test("create with a validation error, fix it, and land on the new record", async ({ page, env }) => {
  await page.goto(`${env.appUrl}r/categories/new`);
  await signIn(page);
  const form = page.getByRole("form", { name: "New category" });
  await expectVisible(form, 20_000);
  await form.getByRole("textbox", { name: "Name", exact: true }).fill("E2E Lanterns");
  const slug = form.getByRole("textbox", { name: "Slug", exact: true });
  await slug.fill("Not A Slug");
  await form.getByRole("button", { name: "Save", exact: true }).click();
  await expectVisible(form.getByText("Must match the required format"));
  await expectVisible(page.getByRole("alert").filter({ hasText: "marked field" }));
  assert((await slug.getAttribute("aria-invalid")) === "true", "the slug is not marked invalid");
  assert(await slug.evaluate((el) => el === document.activeElement), "focus did not move to the first error");
  await axeCheck(page, { screen: "new category form with an error" });

  await slug.fill("e2e-lanterns");
  await form.getByRole("button", { name: "Save", exact: true }).click();
  await expectUrl(page, /\/r\/categories\/(?!new)[^/]+$/, 20_000);
  await expectVisible(heading(page, "E2E Lanterns"));
  await expectVisible(page.getByRole("link", { name: "Edit", exact: true }));
  await axeCheck(page, { screen: "category show view" });
});

test("edit; a conflicting save from another tab is resolved by merging per field", async ({ page, env }) => {
  const api = await referenceClient(env.referenceUrl);
  const endpoint = api.resource("categories").endpoint;
  const { id } = await firstCategory(api);
  await page.goto(`${env.appUrl}r/categories/${encodeURIComponent(id)}/edit`);
  await signIn(page);
  const form = page.getByRole("form", { name: "Edit category" });
  const name = form.getByRole("textbox", { name: "Name", exact: true });
  await expectVisible(name, 20_000);
  await name.fill("Mine: renamed in this tab");
  await form.getByRole("textbox", { name: "Description", exact: true }).fill("Mine: description");

  // the other tab changes the description and the sort order meanwhile
  await patchElsewhere(env.referenceUrl, api, endpoint, id, { description: "Theirs: description", sort_order: 321 });

  await form.getByRole("button", { name: "Save", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Resolve conflicting changes" });
  await expectVisible(dialog, 20_000);
  const descriptionRow = dialog.getByRole("group", { name: /Description/ });
  await expectText(descriptionRow, /Theirs: description/);
  await expectText(descriptionRow, /Mine: description/);
  await axeCheck(page, { screen: "conflict dialog" });
  // keep my name, take their description; their sort order is kept by default
  await descriptionRow.getByRole("radio", { name: /Take theirs/ }).check();
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expectUrl(page, new RegExp(`/r/categories/${id}$`), 20_000);
  await poll(async () => {
    const { item } = await getItem(env.referenceUrl, api, endpoint, id);
    return item.name === "Mine: renamed in this tab" && item.description === "Theirs: description" && item.sort_order === 321;
  }, () => "the merged record is stored");
});

test("a touched record (412) shows the conflict; keeping mine saves", async ({ page, env }) => {
  const api = await referenceClient(env.referenceUrl);
  const { id } = await firstCategory(api);
  await page.goto(`${env.appUrl}r/categories/${encodeURIComponent(id)}/edit`);
  await signIn(page);
  const name = page.getByRole("textbox", { name: "Name", exact: true });
  await expectVisible(name, 20_000);
  await name.fill("Kept after touch");
  const touched = await fetch(`${env.referenceUrl}/__control/touch/categories/${encodeURIComponent(id)}`, { method: "POST" });
  assert(touched.ok, `touch → ${touched.status}`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Resolve conflicting changes" });
  await expectVisible(dialog, 20_000);
  await dialog.getByRole("button", { name: "Keep all mine", exact: true }).click();
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expectVisible(heading(page, "Kept after touch"), 20_000);
});

test("delete from the show view after confirming in a dialog", async ({ page, env }) => {
  const api = await referenceClient(env.referenceUrl);
  const { items } = await api.list("webhooks", { per_page: "1" });
  const hook = items[0];
  assert(hook, "the reference has webhooks");
  // Arrive from the list, as a user does: the list's stylesheet is loaded too, and the show view's
  // actions must stay legible with it (axe checks their contrast).
  await page.goto(`${env.appUrl}r/webhooks`);
  await signIn(page);
  await page.getByRole("link", { name: String(hook.name), exact: true }).first().click();
  await expectUrl(page, new RegExp(`/r/webhooks/${encodeURIComponent(itemId(hook))}$`), 20_000);
  await expectVisible(page.getByRole("button", { name: "Delete", exact: true }), 20_000);
  await axeCheck(page, { screen: "show view after the list" });
  // axe leaves text whose colour equals its background "incomplete", so measure the button itself.
  const ratio = await page.getByRole("button", { name: "Delete", exact: true }).evaluate((el) => {
    const rgb = (c) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = ([r, g, b]) =>
      [r, g, b].map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
    const style = getComputedStyle(el);
    const [a, b] = [lum(rgb(style.color)), lum(rgb(style.backgroundColor))].sort((x, y) => y - x);
    return (a + 0.05) / (b + 0.05);
  });
  assert(ratio >= 4.5, `the Delete button's text has a contrast of ${ratio.toFixed(2)}:1 against its background`);
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: `Delete ${hook.name}?` });
  await expectVisible(dialog);
  await axeCheck(page, { screen: "delete dialog" });
  await dialog.getByRole("button", { name: "Delete", exact: true }).click();
  await expectUrl(page, /\/r\/webhooks$/, 20_000);
  const res = await fetch(`${env.referenceUrl}${api.resource("webhooks").endpoint}/${encodeURIComponent(itemId(hook))}`, {
    headers: { "X-API-Key": api.token },
  });
  assert(res.status === 404, `the deleted webhook still answers ${res.status}`);
});

test("a record that does not exist offers the way back to its list, not Retry", async ({ page, env }) => {
  await page.goto(`${env.appUrl}r/categories/no-such-category`);
  await signIn(page);
  const alert = page.getByRole("alert").filter({ hasText: "This category does not exist" });
  await expectVisible(alert, 20_000);
  assert((await alert.getByRole("button", { name: "Retry" }).count()) === 0, "a missing record offers Retry");
  await alert.getByRole("link", { name: "Back to categories", exact: true }).click();
  await expectUrl(page, /\/r\/categories$/, 20_000);
  await expectVisible(heading(page, "Categories"), 20_000);
});

test("a category still used by products cannot be deleted, and the dialog says by how many", async ({ page, env }) => {
  const api = await referenceClient(env.referenceUrl);
  const { items } = await api.list("products", { per_page: "1" });
  const categoryId = items[0]?.category_id;
  assert(typeof categoryId === "string", "the reference's products have categories");
  await page.goto(`${env.appUrl}r/categories/${encodeURIComponent(categoryId)}`);
  await signIn(page);
  await page.getByRole("button", { name: "Delete", exact: true }).click({ timeout: 20_000 });
  const dialog = page.getByRole("dialog", { name: /^Delete / });
  await dialog.getByRole("button", { name: "Delete", exact: true }).click();
  await expectVisible(dialog.getByText(/^This category is still used by \d+ products?\.$/), 20_000);
});

test("keyboard only: an empty submit focuses the first error; typing and Enter creates", async ({ page, env }) => {
  await page.goto(`${env.appUrl}r/webhooks/new`);
  await signIn(page);
  const form = page.getByRole("form", { name: "New webhook" });
  const name = form.getByRole("textbox", { name: "Name", exact: true });
  await expectVisible(name, 20_000);
  // Tab from the page into the form until the Name input has focus
  await page.getByRole("heading", { level: 1 }).click();
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await name.evaluate((el) => el === document.activeElement);
  }
  assert(reached, "Tab never reached the Name input");
  await page.keyboard.press("Enter");
  await expectVisible(form.getByText("Name is required"));
  assert(await name.evaluate((el) => el === document.activeElement), "focus is not on the first invalid field");
  await page.keyboard.type("Keyboard hook");
  await page.keyboard.press("Tab");
  const url = form.getByRole("textbox", { name: "Target URL", exact: true });
  assert(await url.evaluate((el) => el === document.activeElement), "Tab from Name did not reach Target URL");
  await page.keyboard.type("https://hooks.example.com/keyboard");
  await page.keyboard.press("Enter");
  await expectUrl(page, /\/r\/webhooks\/(?!new)[^/]+$/, 20_000);
  await expectVisible(heading(page, "Keyboard hook"));
  await expectValue(page.getByRole("textbox", { name: "Name", exact: true }), "Keyboard hook");
});

test("unsaved changes: leaving asks first; a product form with every widget kind passes axe", async ({ page, env }) => {
  const api = await referenceClient(env.referenceUrl);
  const { items } = await api.list("products", { per_page: "1" });
  const product = items[0];
  assert(product, "the reference has products");
  await page.goto(`${env.appUrl}r/products/${encodeURIComponent(itemId(product))}/edit`);
  await signIn(page);
  const name = page.getByRole("textbox", { name: "Name", exact: true });
  await expectValue(name, String(product.name), 20_000);
  await axeCheck(page, { screen: "product edit form" });
  await name.fill(`${product.name} (unsaved)`);
  await page.getByRole("button", { name: "Cancel", exact: true }).click();
  const leave = page.getByRole("dialog", { name: "Leave without saving?" });
  await expectVisible(leave);
  await leave.getByRole("button", { name: "Stay", exact: true }).click();
  await expectValue(name, `${product.name} (unsaved)`);
  await page.getByRole("button", { name: "Cancel", exact: true }).click();
  await page.getByRole("dialog", { name: "Leave without saving?" }).getByRole("button", { name: "Leave", exact: true }).click();
  await expectUrl(page, new RegExp(`/r/products/${itemId(product)}$`), 20_000);
  // the browser's Back asks too: Stay undoes it, Leave goes back
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expectValue(name, String(product.name), 20_000);
  await name.fill(`${product.name} (unsaved again)`);
  await page.evaluate(() => history.back());
  await page.getByRole("dialog", { name: "Leave without saving?" }).getByRole("button", { name: "Stay", exact: true }).click();
  await expectUrl(page, new RegExp(`/r/products/${itemId(product)}/edit$`));
  await expectValue(name, `${product.name} (unsaved again)`);
  await page.evaluate(() => history.back());
  await page.getByRole("dialog", { name: "Leave without saving?" }).getByRole("button", { name: "Leave", exact: true }).click();
  await expectUrl(page, new RegExp(`/r/products/${itemId(product)}$`), 20_000);
});

test("show view: personal data is marked and masked until revealed; passes axe", async ({ page, env }) => {
  const api = await referenceClient(env.referenceUrl);
  const { items } = await api.list("customers", { per_page: "1" });
  const customer = items[0];
  assert(customer?.email, "the reference has customers with an e-mail");
  await page.goto(`${env.appUrl}r/customers/${encodeURIComponent(itemId(customer))}`);
  await signIn(page);
  const reveal = page.getByRole("button", { name: "Reveal Email", exact: true });
  await expectVisible(reveal, 20_000);
  await expectVisible(page.getByRole("img", { name: "Personal data: contact" }).first());
  assert((await page.getByText(customer.email, { exact: true }).count()) === 0, "the e-mail shows before Reveal");
  await axeCheck(page, { screen: "customer show view (masked)" });
  await reveal.click();
  await expectVisible(page.getByText(customer.email, { exact: true }));
  await expectVisible(page.getByRole("link", { name: "Duplicate", exact: true }));
});

test("session expiry mid-save: sign in again in the dialog and the save resumes", async ({ page, env }) => {
  const api = await referenceClient(env.referenceUrl);
  const endpoint = api.resource("categories").endpoint;
  const { id } = await firstCategory(api);
  await page.goto(`${env.appUrl}r/categories/${encodeURIComponent(id)}/edit`);
  await signIn(page);
  const name = page.getByRole("textbox", { name: "Name", exact: true });
  await expectVisible(name, 20_000);
  await name.fill("Saved after the session came back");
  const expired = await fetch(`${env.referenceUrl}/__control/expire-tokens`, { method: "POST" });
  assert(expired.ok, `expire-tokens → ${expired.status}`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Sign in again" });
  await expectVisible(dialog, 20_000);
  await dialog.getByRole("textbox", { name: "Email", exact: true }).fill("admin@example.com");
  await dialog.getByRole("button", { name: "Sign in", exact: true }).click();
  await dialog.getByRole("textbox", { name: "Code", exact: true }).fill("123456");
  await dialog.getByRole("button", { name: "Sign in", exact: true }).click();
  await expectUrl(page, new RegExp(`/r/categories/${id}$`), 20_000);
  const fresh = await referenceClient(env.referenceUrl);
  const { item } = await getItem(env.referenceUrl, fresh, endpoint, id);
  assert(item.name === "Saved after the session came back", `stored name is ${item.name}`);
});

test("native choice widgets by keyboard in the browser: select, slider, checkbox, radios, multiselect", async ({ page, env }) => {
  await page.goto(`${env.appUrl}r/products/new`);
  await signIn(page);
  const form = page.getByRole("form", { name: "New product" });
  await expectVisible(form, 20_000);
  // select: the customizable select opens on ArrowDown, arrows move, Enter chooses
  const status = form.getByRole("combobox", { name: "Status", exact: true });
  await status.focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await poll(async () => (await status.inputValue()) !== "", () => "a status chosen by keyboard");
  // slider: arrow keys step by 0.5, End goes to the top; the output follows
  const rating = form.getByRole("slider", { name: "Rating", exact: true });
  await rating.focus();
  await page.keyboard.press("ArrowRight");
  await expectValue(rating, "0.5");
  await page.keyboard.press("End");
  await expectValue(rating, "5");
  await expectText(form.getByRole("group", { name: "Rating" }).locator("output"), /^5\.0$/);
  // checkbox: Space
  const featured = form.getByRole("checkbox", { name: "Featured", exact: true });
  await featured.focus();
  await page.keyboard.press("Space");
  assert(await featured.isChecked(), "Space checks Featured");

  await page.goto(`${env.appUrl}r/customers/new`);
  const customer = page.getByRole("form", { name: "New customer" });
  await expectVisible(customer, 20_000);
  // radios: one tab stop, arrows check
  const tier = customer.getByRole("radiogroup", { name: "Tier" });
  await tier.getByRole("radio").first().check();
  await page.keyboard.press("ArrowDown");
  assert(await tier.getByRole("radio").nth(1).isChecked(), "ArrowDown checks the next tier");
  // multiselect: ArrowDown opens on the first box, ArrowDown moves, Space checks, Escape closes to the button
  const interests = customer.getByRole("button", { name: /Interests$/ });
  await interests.focus();
  await page.keyboard.press("ArrowDown");
  const panel = customer.getByRole("group", { name: "Interests", exact: true });
  await expectVisible(panel);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Space");
  assert(await panel.getByRole("checkbox").nth(1).isChecked(), "Space checks the second interest");
  await axeCheck(page, { screen: "customer form with the interests open" });
  await page.keyboard.press("Escape");
  await expectVisible(customer.getByRole("list", { name: "Selected: Interests" }));
  assert((await panel.count()) === 0, "Escape closed the interests");
  assert(await interests.evaluate((b) => b === document.activeElement), "Escape returned focus to the button");
});
