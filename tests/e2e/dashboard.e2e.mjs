// Dashboard, activity and per-record history in the Craft Easy dialect (the litestar-admin
// dialect's dashboard is in dialects.e2e.mjs): counts from the server, sparklines with text
// alternatives, recent activity linking into records, axe on each screen, desktop and phone.
import { axeCheck } from "./lib/axe.mjs";
import { heading, mainNav, signIn } from "./lib/app.mjs";
import { assert, expectCount, expectHidden, expectVisible, poll } from "./lib/expect.mjs";
import { test } from "./lib/harness.mjs";
import { ADMIN, referenceClient } from "./lib/reference-api.mjs";

test("Craft Easy: dashboard, activity and a record's history pass axe", async ({ page, env }) => {
  const api = await referenceClient(env.referenceUrl);
  const { total } = await api.list("orders", { per_page: "1" });
  await page.goto(`${env.appUrl}dashboard`);
  await signIn(page, ADMIN, { until: heading(page, "Dashboard") });
  await expectVisible(page.getByRole("link", { name: new RegExp(`^Orders\\s*${total.toLocaleString("en-US")}`) }));
  await expectCount(page.getByRole("img", { name: /changes per day/ }), (n) => n >= 1, "sparklines");
  const recent = page.getByRole("list", { name: "Recent activity" });
  await expectCount(recent.getByRole("listitem"), (n) => n >= 1, "recent activity entries");
  await axeCheck(page, { screen: "craft dashboard" });
  await recent.getByRole("listitem").first().getByRole("link").click();
  const history = page.getByRole("region", { name: "History" });
  await expectVisible(history, 20_000);
  await expectCount(history.getByRole("listitem"), (n) => n >= 1, "history entries");
  await axeCheck(page, { screen: "craft record with history" });
  await mainNav(page).getByRole("link", { name: "Activity", exact: true }).click();
  await expectVisible(heading(page, "Activity"));
  await axeCheck(page, { screen: "craft activity" });
});

test("Craft Easy: the dashboard on a phone passes axe", async ({ page, env }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(`${env.appUrl}dashboard`);
  // on a phone the main navigation sits in a drawer: the page's heading says the app is there
  await signIn(page, { ...ADMIN, email: "editor@example.com" }, { until: heading(page, "Dashboard") });
  await expectVisible(heading(page, "Records"));
  await expectVisible(page.getByRole("figure", { name: /Number of records/ }));
  // the editor cannot read the audit log: no activity section
  await expectCount(page.getByRole("heading", { name: "Recent activity" }), (n) => n === 0, "no recent activity for the editor");
  await axeCheck(page, { screen: "editor dashboard (phone)" });
});

test("phone: the Menu drawer is a modal dialog — focus moves in, Escape and the backdrop close it, focus returns; axe clean", async ({ page, env }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(`${env.appUrl}dashboard`);
  await signIn(page, ADMIN, { until: heading(page, "Dashboard") });
  const menu = page.getByRole("button", { name: "Menu", exact: true });
  const drawer = page.getByRole("dialog", { name: "Menu" });
  const focusInside = () => drawer.evaluate((d) => d.contains(document.activeElement));
  const menuFocused = () => menu.evaluate((b) => b === document.activeElement);

  await menu.click();
  await expectVisible(drawer);
  await poll(focusInside, () => "focus did not move into the drawer");
  assert(await drawer.evaluate((d) => d.matches(":modal")), "the drawer is not modal (the page behind is not inert)");
  await axeCheck(page, { screen: "navigation drawer (phone)" });
  await page.keyboard.press("Escape");
  await expectHidden(drawer);
  await poll(menuFocused, () => "Escape did not return focus to the Menu button");

  // a press on the backdrop (right of the 300 px drawer) closes it too
  await menu.click();
  await expectVisible(drawer);
  await page.mouse.click(360, 400);
  await expectHidden(drawer);
  await poll(menuFocused, () => "closing by the backdrop did not return focus to the Menu button");

  // choosing a destination closes it
  await menu.click();
  await drawer.getByRole("link", { name: "Orders", exact: true }).click();
  await expectVisible(heading(page, "Orders"), 20_000);
  await expectCount(page.getByRole("dialog"), (n) => n === 0, "the drawer closed after navigating");
});
