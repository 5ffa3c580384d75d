#!/usr/bin/env node
// Interaction latency on a list page (part of `npm run bench`, or alone:
// node tests/bench/interaction-bench.mjs [--runs 5]; needs a build in dist/). In Chromium against
// the reference server over HTTP, /r/orders?per_page=25, each sample in a fresh browser context.
// Every time is measured in the page: performance.now() at the press (dispatched in the page) to
// the first animation frame in which the expected result is on screen.
//   rowMenuFirstPress — the row actions menu opened right after the first rows appeared (its code
//                       may still be loading: the cost of keeping popups off the first screen)
//   rowMenu           — the same once the page is idle (the menu's code preloaded)
//   nextPage          — "Next page" until the range text and the first row show page 2
//   sort              — a click on the Total header until the first row changes
//   search            — the search box's input until the filtered range shows (includes the
//                       300 ms debounce, reported separately)
//   filters, columns  — the Filters panel / the Columns popover open
import { CONTEXT_OPTIONS, launchChromium } from "../e2e/lib/chromium.mjs";
import { startApp, startReference } from "../e2e/lib/servers.mjs";
import { median } from "./first-rows.mjs";
import { signedInStorageState } from "./session.mjs";

export const SEARCH_DEBOUNCE_MS = 300;

/** In the page: press what `press` returns, then wait (per animation frame) until `done()` holds. */
function timeInPage(page, pressFn, doneFn, arg) {
  return page.evaluate(
    async ({ press, done, arg }) => {
      const pressIt = new Function("arg", `return (${press})(arg)`);
      const isDone = new Function("arg", `return (${done})(arg)`);
      const t0 = performance.now();
      pressIt(arg);
      await new Promise((resolve, reject) => {
        const deadline = t0 + 15_000;
        const check = () => {
          if (isDone(arg)) resolve(undefined);
          else if (performance.now() > deadline) reject(new Error(`timed out: ${done}`));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
      return Math.round(performance.now() - t0);
    },
    { press: pressFn.toString(), done: doneFn.toString(), arg },
  );
}

// the first row's link (its record's title): a late relation label does not change it
const firstRowText = () => document.querySelector("table tbody tr[data-row='0'] a.row-link")?.textContent ?? "";
const rangeTextNow = () => document.querySelector(".range")?.textContent ?? "";

async function oneRun(browser, appUrl, storageState) {
  const context = await browser.newContext({ ...CONTEXT_OPTIONS, storageState });
  try {
    const page = await context.newPage();
    await page.goto(`${appUrl}r/orders?per_page=25`);
    await page.waitForFunction(() => document.querySelectorAll("table tbody tr[data-row] td").length > 0, null, { polling: "raf" });
    const sample = {};
    sample.rowMenuFirstPress = await timeInPage(
      page,
      () => document.querySelector("button[aria-label^='Actions for']").click(),
      () => document.querySelector("[role=menuitem]") !== null,
    );
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => document.querySelector("[role=menu]") === null);
    await page.waitForTimeout(2500); // idle: the popups' code is preloaded by now
    sample.rowMenu = await timeInPage(
      page,
      () => document.querySelectorAll("button[aria-label^='Actions for']")[1].click(),
      () => document.querySelector("[role=menuitem]") !== null,
    );
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => document.querySelector("[role=menu]") === null);

    let before = { range: await page.evaluate(rangeTextNow), row: await page.evaluate(firstRowText) };
    sample.nextPage = await timeInPage(
      page,
      () => [...document.querySelectorAll(".pager button")].find((b) => b.textContent.includes("Next page")).click(),
      (b) => {
        const range = document.querySelector(".range")?.textContent ?? "";
        const row = document.querySelector("table tbody tr[data-row='0'] a.row-link")?.textContent ?? "";
        const settled = document.querySelector("table[aria-busy=true], [data-stale]") === null;
        return range !== b.range && row !== b.row && settled;
      },
      before,
    );

    await page.waitForFunction(() => document.querySelector("table[aria-busy=true], [data-stale]") === null);
    before = { row: await page.evaluate(firstRowText) };
    sample.sort = await timeInPage(
      page,
      () => [...document.querySelectorAll("thead th button")].find((b) => b.textContent.trim().startsWith("Total")).click(),
      (b) =>
        (document.querySelector("table tbody tr[data-row='0'] a.row-link")?.textContent ?? "") !== b.row &&
        new URLSearchParams(location.search).get("sort") === "total" &&
        document.querySelector("table[aria-busy=true], [data-stale]") === null,
      before,
    );

    await page.waitForFunction(() => document.querySelector("table[aria-busy=true], [data-stale]") === null);
    await page.waitForTimeout(200);
    before = { range: await page.evaluate(rangeTextNow) };
    sample.search = await timeInPage(
      page,
      () => {
        const box = document.querySelector("input[type=search]");
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set.call(box, "ORD-0119");
        box.dispatchEvent(new Event("input", { bubbles: true }));
      },
      (b) => {
        const range = document.querySelector(".range")?.textContent ?? "";
        const settled = document.querySelector("table[aria-busy=true], [data-stale]") === null;
        return new URLSearchParams(location.search).get("q") === "ORD-0119" && range !== b.range && range.trim() !== "" && settled;
      },
      before,
    );

    sample.filters = await timeInPage(
      page,
      () => [...document.querySelectorAll(".list-toolbar button")].find((b) => b.textContent.startsWith("Filters")).click(),
      () => document.querySelector("[role=group][aria-label=Filters]") !== null,
    );
    sample.columns = await timeInPage(
      page,
      () => [...document.querySelectorAll(".list-toolbar button")].find((b) => b.textContent.trim() === "Columns").click(),
      () => document.querySelector("[role=dialog][aria-label=Columns]") !== null,
    );
    return sample;
  } finally {
    await context.close();
  }
}

export async function measureInteractions({ browser, appUrl, storageState, runs = 5, log = () => {} }) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    log(`interaction run ${i + 1}/${runs}`);
    samples.push(await oneRun(browser, appUrl, storageState));
  }
  const out = {
    route: "/r/orders?per_page=25",
    measure: "performance.now() in the page from the press to the first animation frame showing the result; fresh context per run",
    searchDebounceMs: SEARCH_DEBOUNCE_MS,
    runs,
  };
  for (const key of Object.keys(samples[0] ?? {})) {
    const values = samples.map((s) => s[key]);
    out[key] = { medianMs: median(values), samplesMs: values };
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const runs = argv.includes("--runs") ? Number(argv[argv.indexOf("--runs") + 1]) : 5;
  const reference = await startReference();
  const app = await startApp({ apiUrl: reference.url });
  const browser = await launchChromium();
  try {
    const storageState = await signedInStorageState(browser, app.url);
    const result = await measureInteractions({ browser, appUrl: app.url, storageState, runs, log: (l) => process.stderr.write(`${l}\n`) });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await browser.close();
    await app.close();
    await reference.close();
  }
}
