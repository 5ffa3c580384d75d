#!/usr/bin/env node
// Layout stability, main-thread tasks and scrolling (part of `npm run bench`, or alone:
// node tests/bench/stability-bench.mjs [--runs 5]; needs a build in dist/). In Chromium against
// the reference server over HTTP, each load in a fresh browser context (signed in, cold cache):
//   cls            — cumulative layout shift of a /r/orders?per_page=25 load at 412 and 1280 px
//                    wide (PerformanceObserver "layout-shift" from navigation until the network is
//                    idle; shifts right after input excluded, as the metric defines); median per width
//   longTasks      — main-thread tasks over 50 ms while that list loads at 1280 px (longest, and
//                    how many exceed 100 ms), median over the loads
//   scroll2000     — /r/customers?per_page=2000 scrolled top to bottom in 40 wheel steps: the
//                    longest frame and how many frames took over 50 ms (requestAnimationFrame gaps)
import { CONTEXT_OPTIONS, launchChromium } from "../e2e/lib/chromium.mjs";
import { startApp, startReference } from "../e2e/lib/servers.mjs";
import { median } from "./first-rows.mjs";
import { signedInStorageState } from "./session.mjs";

const OBSERVE = () => {
  window.__cls = 0;
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
  }).observe({ type: "layout-shift", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__tasks.push(Math.round(e.duration));
  }).observe({ type: "longtask", buffered: true });
};

const rowsShown = () => document.querySelectorAll("table tbody tr[data-row] td").length > 0;

async function loadOnce(browser, { appUrl, storageState, width }) {
  const context = await browser.newContext({ ...CONTEXT_OPTIONS, storageState, viewport: { width, height: width < 600 ? 915 : 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(OBSERVE);
    await page.goto(`${appUrl}r/orders?per_page=25`);
    await page.waitForFunction(rowsShown, null, { polling: "raf", timeout: 20_000 });
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(300); // late shifts (fonts, labels) count too
    return await page.evaluate(() => ({ cls: window.__cls, tasks: window.__tasks }));
  } finally {
    await context.close();
  }
}

async function scrollOnce(browser, { appUrl, storageState }) {
  const context = await browser.newContext({ ...CONTEXT_OPTIONS, storageState, viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`${appUrl}r/customers?per_page=2000`);
    await page.waitForFunction(() => /–2,000 of/.test(document.querySelector(".range")?.textContent ?? ""), null, { timeout: 30_000 });
    await page.waitForLoadState("networkidle");
    await page.mouse.move(700, 500);
    await page.evaluate(() => {
      window.__frames = [];
      let last = performance.now();
      const tick = (t) => {
        window.__frames.push(t - last);
        last = t;
        if (!window.__stopFrames) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, Math.ceil(height / 40));
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(200);
    const frames = await page.evaluate(() => {
      window.__stopFrames = true;
      return window.__frames.slice(1);
    });
    return { longestFrameMs: Math.round(Math.max(...frames)), framesOver50ms: frames.filter((f) => f > 50).length, frames: frames.length };
  } finally {
    await context.close();
  }
}

export async function measureStability({ browser, appUrl, storageState, runs, log = () => {} }) {
  const cls = {};
  let tasks = [];
  for (const width of [412, 1280]) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const one = await loadOnce(browser, { appUrl, storageState, width });
      samples.push(Number(one.cls.toFixed(4)));
      if (width === 1280) tasks.push(one.tasks);
    }
    cls[`w${width}`] = { median: median(samples), samples };
    log(`CLS at ${width} px: ${median(samples)}`);
  }
  const longest = tasks.map((t) => Math.max(0, ...t));
  const scrolls = [];
  for (let i = 0; i < Math.min(runs, 3); i++) scrolls.push(await scrollOnce(browser, { appUrl, storageState }));
  return {
    cls,
    longTasks: { longestMsMedian: median(longest), longestMsSamples: longest, over100msMedian: median(tasks.map((t) => t.filter((d) => d > 100).length)) },
    scroll2000: {
      longestFrameMsMedian: median(scrolls.map((s) => s.longestFrameMs)),
      framesOver50msMedian: median(scrolls.map((s) => s.framesOver50ms)),
      samples: scrolls,
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = process.argv.includes("--runs") ? Number(process.argv[process.argv.indexOf("--runs") + 1]) : 5;
  const reference = await startReference();
  const app = await startApp({ apiUrl: reference.url });
  const browser = await launchChromium();
  try {
    const storageState = await signedInStorageState(browser, app.url);
    const result = await measureStability({ browser, appUrl: app.url, storageState, runs, log: (l) => process.stderr.write(`stability: ${l}\n`) });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await browser.close();
    await app.close();
    await reference.close();
  }
}
