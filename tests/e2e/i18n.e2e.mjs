// Swedish, end to end in the production build: a Swedish browser gets Swedish from the first screen
// (<html lang="sv">, sign-in, the list's range and counts, Intl's digits), axe stays clean, and the
// choice made in the user menu outlives a reload.
import { axeCheck } from "./lib/axe.mjs";
import { dataRows } from "./lib/app.mjs";
import { assert, expectVisible, poll } from "./lib/expect.mjs";
import { test } from "./lib/harness.mjs";

test("i18n: a Swedish browser gets Swedish from sign-in to the list, axe clean; English chosen in the user menu is kept", async ({ newContext, env }) => {
  const context = await newContext({ locale: "sv-SE" });
  const page = await context.newPage();
  await page.goto(env.appUrl);
  await expectVisible(page.getByRole("textbox", { name: "E-post", exact: true }), 20_000);
  assert((await page.locator("html").getAttribute("lang")) === "sv", "<html lang> is not sv");
  await axeCheck(page, { screen: "sign-in (Swedish)" });
  await page.getByRole("textbox", { name: "E-post", exact: true }).fill("admin@example.com");
  await page.getByRole("button", { name: "Logga in", exact: true }).click();
  await page.getByRole("textbox", { name: "Kod", exact: true }).fill("123456");
  await page.getByRole("button", { name: "Logga in", exact: true }).click();
  await expectVisible(page.getByRole("link", { name: "Översikt", exact: true }), 20_000);
  await page.goto(`${env.appUrl}r/orders`);
  await expectVisible(dataRows(page).first(), 20_000);
  // "1–50 av 12 000": Swedish words, Swedish digit grouping (a no-break space)
  await poll(async () => /^1–50 av 12\s000$/.test(((await page.locator(".range").first().textContent()) ?? "").trim()), async () => `the range is not Swedish: "${await page.locator(".range").first().textContent()}"`, 10_000);
  await axeCheck(page, { screen: "orders list (Swedish)" });

  await page.getByRole("button", { name: /admin@example\.com/ }).click();
  await expectVisible(page.getByRole("menuitemradio", { name: "Svenska" }));
  await axeCheck(page, { screen: "the user menu open (Swedish)" });
  await page.getByRole("menuitemradio", { name: "English" }).click();
  await expectVisible(page.getByRole("button", { name: "Filters", exact: true }), 10_000);
  await page.reload();
  await expectVisible(dataRows(page).first(), 20_000);
  assert((await page.locator("html").getAttribute("lang")) === "en", "the choice of English was not kept over a reload");
});
