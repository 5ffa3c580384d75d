// A signed-in session to seed cold loads with: sign in once through the UI, keep only the
// session entry of localStorage (atrium.session:*), so nothing else (caches) carries over.
import { CONTEXT_OPTIONS } from "../e2e/lib/chromium.mjs";
import { signIn } from "../e2e/lib/app.mjs";

export const SESSION_KEY_PREFIX = "atrium.session";

/** @returns {Promise<object>} a Playwright storageState holding only the session. */
export async function signedInStorageState(browser, appUrl) {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  try {
    const page = await context.newPage();
    await page.goto(appUrl);
    await signIn(page);
    const state = await context.storageState();
    const origins = state.origins
      .map((origin) => ({ ...origin, localStorage: origin.localStorage.filter((item) => item.name.startsWith(SESSION_KEY_PREFIX)) }))
      .filter((origin) => origin.localStorage.length > 0);
    if (origins.length === 0) throw new Error(`no ${SESSION_KEY_PREFIX}* entry in localStorage after signing in`);
    return { cookies: state.cookies, origins };
  } finally {
    await context.close();
  }
}
