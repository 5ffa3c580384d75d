#!/usr/bin/env node
// Request waterfall of cold loads of a list route (diagnosis for `npm run bench`'s time to first
// rows): every resource the page fetched until the first data row, with start/end relative to
// navigation start, plus the first-row time. Needs a build in dist/.
//
//   node tests/bench/waterfall.mjs [--route /r/orders] [--runs 3] [--cached-schema]
//   --cached-schema: seed localStorage with the schema cache a previous visit left (warm user).
import { launchChromium, CONTEXT_OPTIONS } from "../e2e/lib/chromium.mjs";
import { startApp, startReference } from "../e2e/lib/servers.mjs";
import { signIn } from "../e2e/lib/app.mjs";
import { median } from "./first-rows.mjs";

const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const route = opt("--route", "/r/orders");
const runs = Number(opt("--runs", "3"));
const cachedSchema = argv.includes("--cached-schema");

function probe() {
  window.__long = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push({ name: "longtask " + e.duration.toFixed(0) + "ms", t: e.startTime }))).observe({ type: "longtask", buffered: true });
  const has = () =>
    [...document.querySelectorAll("table tr")].some(
      (r) => [...r.querySelectorAll("td,[role=cell],[role=gridcell]")].filter((c) => (c.textContent ?? "").trim()).length >= 2,
    );
  new MutationObserver((_, o) => {
    if (!has()) return;
    o.disconnect();
    window.__rowDom = performance.now();
    requestAnimationFrame(() => (window.__row = performance.now()));
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

const reference = await startReference();
const app = await startApp({ apiUrl: reference.url });
const browser = await launchChromium();
try {
  const ctx0 = await browser.newContext(CONTEXT_OPTIONS);
  const p0 = await ctx0.newPage();
  await p0.goto(app.url);
  await signIn(p0);
  if (cachedSchema) {
    await p0.goto(app.url + route.slice(1));
    await p0.getByRole("cell").first().waitFor();
  }
  const state = await ctx0.storageState();
  await ctx0.close();
  const keep = (n) => n.startsWith("atrium.session") || (cachedSchema && n.startsWith("atrium:schema"));
  const storageState = { cookies: state.cookies, origins: state.origins.map((o) => ({ ...o, localStorage: o.localStorage.filter((i) => keep(i.name)) })) };
  const totals = [];
  for (let i = 0; i < runs + 1; i++) {
    const ctx = await browser.newContext({ ...CONTEXT_OPTIONS, storageState });
    await ctx.addInitScript(probe);
    const page = await ctx.newPage();
    await page.goto(app.url + route.slice(1), { waitUntil: "commit" });
    await page.waitForFunction(() => window.__row !== undefined, null, { polling: 50, timeout: 30_000 });
    const r = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      return {
        row: window.__row,
        rowDom: window.__rowDom,
        nav: { responseEnd: nav.responseEnd, domInteractive: nav.domInteractive, dcl: nav.domContentLoadedEventEnd },
        res: performance.getEntriesByType("resource").map((e) => ({ name: e.name.replace(location.origin, "").replace(/^https?:\/\/[^/]+/, "API ").slice(0, 90), start: e.startTime, end: e.responseEnd, size: e.encodedBodySize })),
        marks: [...performance.getEntriesByType("mark").map((m) => ({ name: m.name, t: m.startTime })), ...window.__long],
      };
    });
    await ctx.close();
    if (i === 0) continue;
    totals.push(r.row);
    console.log(`\n--- run ${i}: first row ${r.row.toFixed(0)} ms (in DOM ${r.rowDom.toFixed(0)}); html end ${r.nav.responseEnd.toFixed(0)}, DCL ${r.nav.dcl.toFixed(0)}`);
    const events = [...r.res.filter((e) => e.start < r.row).map((e) => ({ t: e.start, line: `${e.start.toFixed(0).padStart(5)} → ${e.end.toFixed(0).padStart(5)}  ${e.name}` })), ...r.marks.map((m) => ({ t: m.t, line: `${m.t.toFixed(0).padStart(5)}    mark  ${m.name}` }))];
    events.sort((a, b) => a.t - b.t).forEach((e) => console.log(e.line));
  }
  console.log(`\nmedian first row: ${median(totals).toFixed(0)} ms over ${runs} runs: ${totals.map((t) => t.toFixed(0)).join(", ")}`);
} finally {
  await browser.close();
  await app.close();
  await reference.close();
}
