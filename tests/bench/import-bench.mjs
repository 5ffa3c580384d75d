// Import benchmark: a 100,000-row CSV (about 5 MB) parsed (Web Worker) and validated (chunks on
// the main thread) in the import wizard, in Chromium; reports both times and the longest
// main-thread task while they ran (Long Tasks API, plus the largest gap between animation
// frames, which also catches tasks under 50 ms).
//
//   node tests/bench/import-bench.mjs            (builds nothing: run `npx vite build` first)
import { CONTEXT_OPTIONS } from "../e2e/lib/chromium.mjs";

const ROWS = 100_000;

function makeCsv(rows, categories) {
  const parts = ["Name,SKU,Category,Status,Price\n"];
  for (let i = 0; i < rows; i++) {
    const sku = `${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + (Math.floor(i / 26) % 26))}B-${String(i % 10000).padStart(4, "0")}`;
    parts.push(`Bench product ${i},${sku},${categories[i % categories.length]},${i % 3 === 0 ? "draft" : "active"},${(i % 1000) + 0.5}\n`);
  }
  return parts.join("");
}

const WATCH = `
  window.__bench = { longest: 0, maxFrameGap: 0, watching: false, last: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (window.__bench.watching) window.__bench.longest = Math.max(window.__bench.longest, e.duration);
  }).observe({ type: "longtask", buffered: false });
  const frame = (t) => {
    const b = window.__bench;
    if (b.watching && b.last) b.maxFrameGap = Math.max(b.maxFrameGap, t - b.last);
    b.last = t;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
`;

/**
 * @param {{browser: import("playwright-core").Browser, appUrl: string, storageState: object, log?: (s: string) => void, rows?: number}} opts
 */
export async function measureImport({ browser, appUrl, storageState, log = () => {}, rows = ROWS }) {
  const context = await browser.newContext({ ...CONTEXT_OPTIONS, storageState });
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH);
    await page.goto(new URL("r/products/import", appUrl).href);
    await page.getByLabel("File", { exact: true }).waitFor({ timeout: 30_000 });
    const csv = makeCsv(rows, ["Outdoor", "Tents", "Backpacks", "Climbing", "Kitchen", "Cameras"]);
    log(`import: ${rows.toLocaleString("en-US")} rows, ${(csv.length / 1e6).toFixed(1)} MB`);
    // The file is built inside the page before measuring (Playwright's setInputFiles would copy
    // 5 MB through the renderer's main thread and count as the app's long task).
    const input = page.getByLabel("File", { exact: true });
    await page.evaluate((text) => {
      window.__benchFile = new File([text], "bench.csv", { type: "text/csv" });
    }, csv);
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      window.__bench.watching = true;
      window.__bench.last = 0;
    });
    const t0 = Date.now();
    await input.evaluate((el) => {
      const dt = new DataTransfer();
      dt.items.add(window.__benchFile);
      el.files = dt.files;
      el.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await page.getByText(/rows, 5 columns/).waitFor({ timeout: 120_000 });
    const parseMs = Date.now() - t0;
    const parsePhase = await page.evaluate(() => {
      const r = { longest: window.__bench.longest, maxFrameGap: window.__bench.maxFrameGap };
      window.__bench.longest = 0;
      window.__bench.maxFrameGap = 0;
      window.__bench.last = 0;
      return r;
    });
    await page.getByRole("button", { name: "Next", exact: true }).click();
    const t1 = Date.now();
    await page.getByRole("button", { name: "Validate", exact: true }).click();
    await page.getByText(/^Dry run:/).waitFor({ timeout: 120_000 });
    const validateMs = Date.now() - t1;
    const watched = await page.evaluate(() => {
      window.__bench.watching = false;
      return { longest: window.__bench.longest, maxFrameGap: window.__bench.maxFrameGap };
    });
    const counts = await page.locator(".counts").textContent();
    return {
      rows,
      megabytes: Number((csv.length / 1e6).toFixed(1)),
      parseMs,
      validateMs,
      parseAndValidateMs: parseMs + validateMs,
      longestMainThreadTaskMs: Math.round(Math.max(parsePhase.longest, watched.longest)),
      longestFrameGapMs: Math.round(Math.max(parsePhase.maxFrameGap, watched.maxFrameGap)),
      phases: {
        parse: { longestTaskMs: Math.round(parsePhase.longest), longestFrameGapMs: Math.round(parsePhase.maxFrameGap) },
        validate: { longestTaskMs: Math.round(watched.longest), longestFrameGapMs: Math.round(watched.maxFrameGap) },
      },
      result: counts?.trim() ?? null,
      measure:
        "wall time from setInputFiles to the parsed summary, and from Validate to the dry-run summary (includes relation look-ups); " +
        "longest task from the Long Tasks API (0 = none ≥ 50 ms) and the largest gap between animation frames while both ran",
    };
  } finally {
    await context.close();
  }
}

// Stand-alone: node tests/bench/import-bench.mjs
if (import.meta.url === `file://${process.argv[1]}`) {
  const { launchChromium } = await import("../e2e/lib/chromium.mjs");
  const { startApp, startReference } = await import("../e2e/lib/servers.mjs");
  const { signedInStorageState } = await import("./session.mjs");
  const reference = await startReference();
  const app = await startApp({ apiUrl: reference.url });
  const browser = await launchChromium();
  try {
    const storageState = await signedInStorageState(browser, app.url);
    const result = await measureImport({ browser, appUrl: app.url, storageState, log: (s) => process.stderr.write(`bench: ${s}\n`) });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await browser.close().catch(() => {});
    await app.close().catch(() => {});
    await reference.close().catch(() => {});
  }
  process.exit(0);
}
