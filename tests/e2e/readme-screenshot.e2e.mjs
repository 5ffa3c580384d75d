// The README's picture (tests/docs/screenshot.png), made by the e2e run from the production build:
// the orders list of the reference shop at 1280 px. Every run writes it to
// test-results/e2e/readme-screenshot.png after checking that the list shows names, not raw ids;
// `UPDATE_README_SCREENSHOT=1 npm run test:e2e -- --grep "README picture"` also replaces the
// committed one.
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { dataRows, heading, signIn } from "./lib/app.mjs";
import { assert, expectVisible } from "./lib/expect.mjs";
import { REPO_ROOT } from "./lib/servers.mjs";
import { test } from "./lib/harness.mjs";

const RAW_ID = /\b[0-9a-f]{24}\b/;

test("README picture: the orders list with names, not ids, written from the e2e run", async ({ page, env }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(env.appUrl);
  await signIn(page);
  await page.goto(`${env.appUrl}r/orders`);
  await expectVisible(heading(page, "Orders"), 20_000);
  await expectVisible(dataRows(page).first(), 20_000);
  await page.waitForLoadState("networkidle");
  const text = (await page.getByRole("table").innerText()).replace(/\s+/g, " ");
  assert(!RAW_ID.test(text), `the orders table shows a raw id: ${RAW_ID.exec(text)?.[0]}`);
  const out = join(REPO_ROOT, "test-results", "e2e");
  mkdirSync(out, { recursive: true });
  const file = join(out, "readme-screenshot.png");
  await page.screenshot({ path: file });
  if (process.env.UPDATE_README_SCREENSHOT === "1") copyFileSync(file, join(REPO_ROOT, "tests", "docs", "screenshot.png"));
});
