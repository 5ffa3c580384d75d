#!/usr/bin/env node
// Regenerates tests/docs/screenshot.png (the README's picture): the orders list of the
// reference backend's demo shop in the production build. Needs dist/ (npm run build).
//   node tests/e2e/readme-screenshot.mjs
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchChromium, CONTEXT_OPTIONS } from "./lib/chromium.mjs";
import { dataRows, signIn } from "./lib/app.mjs";
import { expectVisible } from "./lib/expect.mjs";
import { REPO_ROOT, startApp, startReference } from "./lib/servers.mjs";

const target = join(REPO_ROOT, "tests", "docs", "screenshot.png");
const reference = await startReference();
const app = await startApp({ apiUrl: reference.url });
const browser = await launchChromium();
try {
  const context = await browser.newContext({ ...CONTEXT_OPTIONS, viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(app.url);
  await signIn(page);
  await page.goto(`${app.url}r/orders`);
  await expectVisible(dataRows(page), 20_000);
  await page.waitForLoadState("networkidle");
  mkdirSync(join(REPO_ROOT, "tests", "docs"), { recursive: true });
  await page.screenshot({ path: target });
  console.log(`wrote ${target}`);
} finally {
  await browser.close();
  await app.close();
  await reference.close();
}
