// The litestar-admin dialect end to end: the same build, config.json saying "litestar-admin",
// the reference backend's litestar face (/admin/api) over HTTP: password sign-in, navigation,
// a list with paging (offset/limit on the wire), a deep link that survives a reload.
import { axeCheck } from "./lib/axe.mjs";
import {
  dataRows,
  emailInput,
  formatRange,
  heading,
  mainNav,
  passwordInput,
  rangeText,
  signIn,
  signOut,
} from "./lib/app.mjs";
import { assert, expectCount, expectText, expectUrl, expectVisible } from "./lib/expect.mjs";
import { test } from "./lib/harness.mjs";
import { LITESTAR_ADMIN, referenceClient } from "./lib/reference-api.mjs";

const PAGE_SIZE = 50; // litestar-admin's default limit, which the adapter uses (litestar-admin.md §16)


test("password sign-in, a list with paging and a deep-link reload", async ({ page, env, startApp }) => {
  // Same store behind both faces: the Craft Easy face tells the total the list must show.
  const { total } = await (await referenceClient(env.referenceUrl)).list("orders", { per_page: "1" });
  const app = await startApp({ apiUrl: env.referenceUrl, dialect: "litestar-admin" });
  const listRequests = [];
  page.on("request", (request) => {
    if (/\/admin\/api\/models\/orders\?/.test(request.url())) listRequests.push(new URL(request.url()).searchParams);
  });

  await page.goto(app.url);
  await expectVisible(passwordInput(page));
  await axeCheck(page, { screen: "litestar sign-in" });
  await signIn(page, LITESTAR_ADMIN);

  await mainNav(page).getByRole("link", { name: "Orders", exact: true }).click();
  await expectVisible(heading(page, "Orders"));
  await expectText(rangeText(page), formatRange(1, PAGE_SIZE, total));
  await expectCount(dataRows(page), (n) => n >= 1, "at least one data row");
  await axeCheck(page, { screen: "litestar orders list" });

  await page.getByRole("button", { name: "Next page" }).click();
  await expectText(rangeText(page), formatRange(PAGE_SIZE + 1, 2 * PAGE_SIZE, total));
  assert(
    listRequests.some((params) => params.get("offset") === String(PAGE_SIZE) && params.get("limit") === String(PAGE_SIZE)),
    `page 2 was not requested as offset=${PAGE_SIZE}&limit=${PAGE_SIZE}: ${listRequests.map(String).join(" | ")}`,
  );
  await expectUrl(page, /\/r\/orders\?.+/);
  await page.reload();
  await expectText(rangeText(page), formatRange(PAGE_SIZE + 1, 2 * PAGE_SIZE, total), 20_000);

  await signOut(page);
  await expectVisible(emailInput(page));
});

test("a wrong password is refused with a message", async ({ page, env, startApp }) => {
  const app = await startApp({ apiUrl: env.referenceUrl, dialect: "litestar-admin" });
  await page.goto(app.url);
  await emailInput(page).fill(LITESTAR_ADMIN.email);
  await passwordInput(page).fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expectVisible(page.getByRole("alert"));
  assert(!(await mainNav(page).isVisible()), "a wrong password opened the app");
});
