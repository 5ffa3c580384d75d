// Time to first rows: cold loads of a list route in Chromium (a fresh browser context each, so
// no HTTP cache, no in-memory state; only the session is seeded), timed in the page from
// navigation start to the first animation frame after a table row with data entered the DOM.
import { CONTEXT_OPTIONS } from "../e2e/lib/chromium.mjs";

/** Runs in the page before any of its scripts: records when the first data row is rendered. */
function firstRowProbe() {
  const hasDataRow = () => {
    for (const row of document.querySelectorAll("table tr")) {
      const cells = [...row.querySelectorAll("td, [role=cell], [role=gridcell]")];
      const filled = cells.filter((cell) => (cell.textContent ?? "").trim() !== "");
      if (filled.length >= 2 && row.getBoundingClientRect().height > 0) return true;
    }
    return false;
  };
  const observer = new MutationObserver(() => {
    if (!hasDataRow()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__atriumFirstRowAt = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * @param {{browser: import("playwright-core").Browser, appUrl: string, route: string,
 *          storageState?: object, runs?: number, warmup?: number, timeout?: number}} options
 *   appUrl ends with "/"; route starts with "/" (e.g. "/r/orders").
 * @returns {Promise<{samplesMs: number[], medianMs: number, minMs: number, maxMs: number,
 *          requestedJs: string[], failedRequests: string[]}>} requestedJs: dist-relative JS files
 *   loaded before the first row; failedRequests: "status /path" of app requests that failed.
 */
export async function measureFirstRows({ browser, appUrl, route, storageState, runs = 7, warmup = 1, timeout = 30_000 }) {
  const samples = [];
  const requestedJs = new Set();
  const failedRequests = new Set();
  for (let i = 0; i < warmup + runs; i++) {
    const context = await browser.newContext({ ...CONTEXT_OPTIONS, ...(storageState ? { storageState } : {}) });
    try {
      await context.addInitScript(firstRowProbe);
      const page = await context.newPage();
      let measuring = true;
      page.on("response", (response) => {
        const url = response.url();
        if (!measuring || !url.startsWith(appUrl)) return;
        const path = url.slice(appUrl.length).replace(/[?#].*$/, "");
        if (!response.ok()) failedRequests.add(`${response.status()} /${path}`);
        else if (response.request().resourceType() === "script") requestedJs.add(path);
      });
      await page.goto(appUrl + route.replace(/^\//, ""), { waitUntil: "commit", timeout });
      await page.waitForFunction(() => window.__atriumFirstRowAt !== undefined, null, { timeout, polling: 50 });
      measuring = false;
      const ms = await page.evaluate(() => window.__atriumFirstRowAt);
      if (i >= warmup) samples.push(Math.round(ms));
    } finally {
      await context.close();
    }
  }
  return {
    samplesMs: samples,
    medianMs: median(samples),
    minMs: Math.min(...samples),
    maxMs: Math.max(...samples),
    requestedJs: [...requestedJs].sort(),
    failedRequests: [...failedRequests].sort(),
  };
}
