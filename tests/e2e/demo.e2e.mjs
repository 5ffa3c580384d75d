// The built-in demo backend (no config.json) keeps its data and session across reloads and tabs
// (IndexedDB), says it is a demo, and "Reset demo data" brings back the original data.
import { axeCheck } from "./lib/axe.mjs";
import { emailInput, heading, mainNav, rangeText, signIn } from "./lib/app.mjs";
import { assert, expectUrl, expectVisible, poll } from "./lib/expect.mjs";
import { test } from "./lib/harness.mjs";

const NAME = "Kept in this browser";

/** Create a category through the form; returns its record page's path. */
async function createCategory(page, appUrl) {
  await page.goto(`${appUrl}r/categories/new`);
  const form = page.getByRole("form", { name: "New category" });
  await expectVisible(form, 20_000);
  await form.getByRole("textbox", { name: "Name", exact: true }).fill(NAME);
  await form.getByRole("textbox", { name: "Slug", exact: true }).fill("kept-in-this-browser");
  await form.getByRole("button", { name: "Save", exact: true }).click();
  await expectUrl(page, /\/r\/categories\/(?!new)[^/]+$/, 20_000);
  await expectVisible(heading(page, NAME));
  return new URL(page.url()).pathname;
}

/** The categories list's total, as its range text shows it ("1–24 of 24"). */
async function expectCategoryTotal(page, appUrl, total, why) {
  await page.goto(`${appUrl}r/categories`);
  await expectVisible(heading(page, "Categories"), 20_000);
  await poll(async () => new RegExp(`of ${total}$`).test(((await rangeText(page).textContent()) ?? "").trim()), why, 20_000);
}

test("demo: data and session survive a reload and reach a second tab; Reset demo data brings back the original", async ({ page, context, startApp }) => {
  const app = await startApp({ apiUrl: null });
  await page.goto(app.url);
  await expectVisible(emailInput(page), 20_000);
  await signIn(page);
  await expectVisible(page.getByRole("banner").getByText("Demo", { exact: true }));
  const path = await createCategory(page, app.url);
  await expectCategoryTotal(page, app.url, 25, "the new category is not counted");

  await page.goto(new URL(path, app.url).href);
  await expectVisible(heading(page, NAME), 20_000);
  assert(!(await emailInput(page).isVisible()), "a reload asked to sign in again");

  const second = await context.newPage();
  await second.goto(new URL(path, app.url).href);
  await expectVisible(heading(second, NAME), 20_000);
  await second.close();

  await page.getByRole("banner").locator('[aria-haspopup="true"], [aria-haspopup="menu"]').first().click();
  await page.getByRole("menuitem", { name: "Reset demo data" }).click();
  const dialog = page.getByRole("dialog", { name: "Reset demo data?" });
  await expectVisible(dialog);
  await axeCheck(page, { screen: "reset demo data dialog" });
  await Promise.all([page.waitForEvent("load"), dialog.getByRole("button", { name: "Reset demo data" }).click()]);
  // the page reloads on the original data, still signed in
  await expectVisible(mainNav(page), 20_000);
  await expectCategoryTotal(page, app.url, 24, "the categories are not the original 24 after the reset");
});
