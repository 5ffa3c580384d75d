// The app's user-level flows, written against the UI contract's accessible names
// (DESIGN.md "UI contract"), shared by the suites and the benchmark.
import { ADMIN } from "./reference-api.mjs";
import { expectVisible } from "./expect.mjs";

/** @param {import("playwright-core").Page} page */
export const emailInput = (page) => page.getByRole("textbox", { name: "Email", exact: true });
/** @param {import("playwright-core").Page} page */
export const codeInput = (page) => page.getByRole("textbox", { name: "Code", exact: true });
/** Password inputs have no ARIA role: found by their label. @param {import("playwright-core").Page} page */
export const passwordInput = (page) => page.getByLabel("Password", { exact: true });
/** @param {import("playwright-core").Page} page */
export const signInButton = (page) => page.getByRole("button", { name: "Sign in", exact: true });
/** @param {import("playwright-core").Page} page */
export const mainNav = (page) => page.getByRole("navigation").filter({ has: page.getByRole("link", { name: "Dashboard", exact: true }) });

/**
 * The one sign-in of the e2e suites: from the sign-in screen, with an e-mailed code (Craft Easy,
 * the default `ADMIN`) or, when the credentials carry a password, e-mail and password
 * (litestar-admin, `LITESTAR_ADMIN`). Returns once `until` shows: the main navigation unless told
 * (on a phone it sits in a drawer, so pass what the page shows instead).
 * @param {import("playwright-core").Page} page
 * @param {{ email: string, code?: string, password?: string }} [credentials]
 * @param {{ until?: import("playwright-core").Locator }} [options]
 */
export async function signIn(page, credentials = ADMIN, { until = mainNav(page) } = {}) {
  await emailInput(page).fill(credentials.email);
  if (credentials.password !== undefined) {
    await passwordInput(page).fill(credentials.password);
    await signInButton(page).click();
  } else {
    await signInButton(page).click();
    await codeInput(page).fill(credentials.code ?? ADMIN.code);
    await signInButton(page).click();
  }
  await expectVisible(until, 20_000);
}

/** Open the user menu and choose `Sign out`; returns once the sign-in screen shows. */
export async function signOut(page) {
  const item = page.getByRole("menuitem", { name: "Sign out" }).or(page.getByRole("button", { name: "Sign out" }));
  if (!(await item.first().isVisible())) {
    // The user menu's trigger: the banner's popup button (named after the user).
    await page.getByRole("banner").locator('[aria-haspopup="true"], [aria-haspopup="menu"]').first().click();
  }
  await item.first().click();
  await expectVisible(emailInput(page));
}

/** Ticks "Select row" on the first `count` rows of the list on screen, once its rows are there. @param {import("playwright-core").Page} page */
export async function selectFirstRows(page, count) {
  const boxes = page.getByRole("checkbox", { name: "Select row" });
  await expectVisible(boxes.first(), 20_000);
  for (let i = 0; i < count; i++) await boxes.nth(i).check();
}

/** Table rows that hold data cells (not the header row). @param {import("playwright-core").Page} page */
export const dataRows = (page) => page.getByRole("table").getByRole("row").filter({ has: page.getByRole("cell") });

/** @param {import("playwright-core").Page} page */
export const heading = (page, name) => page.getByRole("heading", { name, exact: true });

/** The list page's range text, e.g. "1–25 of 12,000". */
export const rangeText = (page) => page.getByText(/^\s*\d[\d,]*\s*[–-]\s*\d[\d,]*\s+of\s+\d[\d,]*\s*$/);

/** "1–50 of 12,000" for first=1, last=50, total=12000 (en-US grouping, en dash). */
export const formatRange = (first, last, total) => `${first.toLocaleString("en-US")}–${last.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`;
