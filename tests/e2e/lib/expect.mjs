// Small waiting assertions over playwright-core locators (no @playwright/test here). Each one
// retries until it holds or the timeout passes, then fails with a message naming what it wanted.

const DEFAULT_TIMEOUT = 10_000;

/** Retry `check` (returns true/a value when satisfied) until it holds; else throw `describe()`. */
export async function poll(check, describe, timeout = DEFAULT_TIMEOUT) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (let delay = 50; ; delay = Math.min(delay * 2, 400)) {
    try {
      const result = await check();
      if (result) return result;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? ` (last error: ${lastError.message.split("\n")[0]})` : "";
      throw new Error(`${await describe()}${detail}`);
    }
    await new Promise((ok) => setTimeout(ok, delay));
  }
}

/** @param {import("playwright-core").Locator} locator */
export async function expectVisible(locator, timeout = DEFAULT_TIMEOUT) {
  await locator.first().waitFor({ state: "visible", timeout });
}

/** @param {import("playwright-core").Locator} locator */
export async function expectHidden(locator, timeout = DEFAULT_TIMEOUT) {
  await poll(
    async () => !(await locator.first().isVisible()),
    () => `expected ${locator} to be hidden`,
    timeout,
  );
}

/** The locator's text matches `pattern` (a RegExp, or a string compared after trimming). */
export async function expectText(locator, pattern, timeout = DEFAULT_TIMEOUT) {
  let last = null;
  await poll(
    async () => {
      last = ((await locator.first().textContent({ timeout: 1000 })) ?? "").replace(/\s+/g, " ").trim();
      return typeof pattern === "string" ? last === pattern : pattern.test(last);
    },
    () => `expected ${locator} to have text ${pattern}, last seen ${JSON.stringify(last)}`,
    timeout,
  );
  return last;
}

/** An input's value equals `expected`. */
export async function expectValue(locator, expected, timeout = DEFAULT_TIMEOUT) {
  let last = null;
  await poll(
    async () => (last = await locator.first().inputValue({ timeout: 1000 })) === expected,
    () => `expected ${locator} to have value ${JSON.stringify(expected)}, last seen ${JSON.stringify(last)}`,
    timeout,
  );
}

/** The number of matches satisfies `predicate(count)`. */
export async function expectCount(locator, predicate, what, timeout = DEFAULT_TIMEOUT) {
  let last = -1;
  await poll(
    async () => predicate((last = await locator.count())),
    () => `expected ${locator} count ${what}, last seen ${last}`,
    timeout,
  );
  return last;
}

/** The page URL matches `pattern`. */
export async function expectUrl(page, pattern, timeout = DEFAULT_TIMEOUT) {
  await poll(
    () => pattern.test(page.url()),
    () => `expected URL to match ${pattern}, got ${page.url()}`,
    timeout,
  );
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}
