#!/usr/bin/env node
// List-view benchmark (part of `npm run bench`, or alone: node tests/bench/list-bench.mjs
// [--runs 5] [--build]). Against the reference server over HTTP, in Chromium, cold loads:
//   firstRows25   — time to the first row of /r/orders?per_page=25 (cold: fresh browser context)
//   firstRows25Returning — the same for a returning user (warm HTTP/code cache, cached schema)
//   firstRows25WithLatency — both again with 40 ms added to every answer (a real network's round trips)
//   relationLabelReturningWithLatency — returning user, 40 ms added: until the first customer name shows
//   firstRows25SlowNetwork — cold loads on a slow mobile network (150 ms per answer, 1.6 Mbit/s down)
//   rows2000      — time until /r/customers?per_page=2000 shows "1–2,000 of …" with rows
//   requests      — API requests of a cold /r/orders load and of one "Next page", by path
//   baseline      — the same data in a bare TanStack Table v9 page (fetch + useTable, no
//                   schema, no relation labels), built on the fly with vite; the bar is
//                   Atrium's first rows ≤ baseline + 30 %.
//   floor         — the least any schema-driven client on this stack does for those rows: the
//                   baseline plus React Router and React Query, reading the list's page size and
//                   sort from the schema before it asks for the rows (a returning user's schema
//                   kept in localStorage, as Atrium keeps it); no shell, no schema validation, no
//                   cell formatting. Where the floor is above baseline × 1.3, so is every such
//                   client.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CONTEXT_OPTIONS, launchChromium } from "../e2e/lib/chromium.mjs";
import { REPO_ROOT, startApp, startReference } from "../e2e/lib/servers.mjs";
import { referenceClient } from "../e2e/lib/reference-api.mjs";
import { startStaticServer } from "../server/static-server.mjs";
import { measureFirstRows, median } from "./first-rows.mjs";
import { signedInStorageState } from "./session.mjs";

/** Round-trip time added to every answer in the `firstRows25WithLatency` loads. */
const LATENCY_MS = 40;
/** `firstRows25SlowNetwork`: a slow mobile network, where downloading the app's code takes longest. */
const SLOW_NETWORK = { latencyMs: 150, downloadBytesPerSecond: 200_000 };

const CACHE_DIR = join(REPO_ROOT, "node_modules", ".cache");

const PAGE_HTML = (title) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><div id="root"></div><script type="module" src="./main.js"></script></body></html>`;

// Plain JS (no JSX): fetch the pages, render every row with TanStack Table v9.
const BASELINE_JS = `
import { createElement as h, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { tableFeatures, useTable } from "@tanstack/react-table";
const p = new URLSearchParams(location.hash.slice(1));
const api = p.get("api"), token = p.get("token"), path = p.get("path"), n = Number(p.get("n")), cap = 100;
const fields = p.get("cols").split(",");
const features = tableFeatures({});
const columns = fields.map((f) => ({ id: f, header: f, accessorFn: (row) => row[f] }));
const EMPTY = [];
async function load() {
  const pages = Math.ceil(n / cap), per = Math.min(n, cap);
  const all = await Promise.all(Array.from({ length: pages }, (_, i) =>
    fetch(api + path + "?page=" + (i + 1) + "&per_page=" + per, { headers: { "X-API-Key": token } }).then((r) => r.json())));
  return all.flatMap((j) => j.items);
}
function App() {
  const [data, setData] = useState(null);
  useEffect(() => { load().then(setData); }, []);
  const table = useTable({ features, columns, data: data ?? EMPTY });
  if (!data) return h("p", null, "Loading…");
  return h("table", null,
    h("thead", null, h("tr", null, table.getHeaderGroups()[0].headers.map((hd) => h("th", { key: hd.id }, hd.column.id)))),
    h("tbody", null, table.getRowModel().rows.map((row) =>
      h("tr", { key: row.id }, row.getAllCells().map((c) => h("td", { key: c.id }, String(c.getValue() ?? "")))))));
}
createRoot(document.getElementById("root")).render(h(App));
`;

// Plain JS: the floor (see the top of this file). The schema's list tells the page size, the sort
// and the columns; the rows are asked for with the query Atrium sends.
const FLOOR_JS = `
import { createElement as h } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router";
import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { tableFeatures, useTable } from "@tanstack/react-table";
const p = new URLSearchParams(location.hash.slice(1));
const api = p.get("api"), token = p.get("token"), resource = p.get("resource"), per = Number(p.get("n"));
const features = tableFeatures({});
const EMPTY = [];
const get = (url) => fetch(api + url, { headers: { "X-API-Key": token } }).then((r) => r.json());
const KEY = "floor.schema";
function List() {
  const schema = useQuery({
    queryKey: ["schema"],
    initialData: () => JSON.parse(localStorage.getItem(KEY) ?? "null") ?? undefined,
    queryFn: () => get("/admin/schema").then((s) => (localStorage.setItem(KEY, JSON.stringify(s)), s)),
  });
  const resources = schema.data?.resources ?? [];
  const list = (Array.isArray(resources) ? resources.find((r) => r.name === resource) : resources[resource])?.list;
  const rows = useQuery({
    queryKey: ["rows", resource, per, list?.sort_default],
    enabled: !!list,
    queryFn: () => get("/" + resource + "?page=1&per_page=" + per + (list.sort_default ? "&sort=" + list.sort_default : "")),
  });
  const columns = (list?.fields ?? EMPTY).map((f) => ({ id: f, header: f, accessorFn: (row) => row[f] }));
  const table = useTable({ features, columns, data: rows.data?.items ?? EMPTY });
  if (!rows.data) return h("p", null, "Loading…");
  return h("table", null,
    h("thead", null, h("tr", null, table.getHeaderGroups()[0].headers.map((hd) => h("th", { key: hd.id }, hd.column.id)))),
    h("tbody", null, table.getRowModel().rows.map((row) =>
      h("tr", { key: row.id }, row.getAllCells().map((c) => h("td", { key: c.id }, String(c.getValue() ?? "")))))));
}
const router = createBrowserRouter([{ path: "*", element: h(List) }]);
createRoot(document.getElementById("root")).render(h(QueryClientProvider, { client: new QueryClient() }, h(RouterProvider, { router })));
`;

/** Builds a one-file page (index.html + main.js) with vite into node_modules/.cache/<name>/dist. */
function buildPage(name, js, log) {
  const dir = join(CACHE_DIR, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "index.html"), PAGE_HTML(name));
  writeFileSync(join(dir, "main.js"), js);
  log(`building the ${name} page`);
  const build = spawnSync(
    join(REPO_ROOT, "node_modules", ".bin", "vite"),
    ["build", dir, "--outDir", join(dir, "dist"), "--emptyOutDir", "--logLevel", "error", "--base", "./"],
    { cwd: REPO_ROOT, stdio: ["ignore", process.stderr, process.stderr] },
  );
  if (build.status !== 0) throw new Error(`${name} build failed`);
  return join(dir, "dist");
}

/**
 * Chromium's network emulation: every request of the page (the app's files and the API) takes
 * `latencyMs` more for its answer, as on a real network; localhost has none, which leaves round
 * trips out of the comparison.
 */
export async function emulateLatency(context, page, latencyMs, downloadBytesPerSecond = -1) {
  if (!latencyMs && downloadBytesPerSecond < 0) return;
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: latencyMs, downloadThroughput: downloadBytesPerSecond, uploadThroughput: -1 });
}

/** Cold loads timed from navigation start until `ready()` holds in the page. */
async function timeUntil({ browser, url, storageState, runs, ready, arg, latencyMs = 0, downloadBytesPerSecond = -1, timeout = 60_000 }) {
  const samples = [];
  for (let i = 0; i < runs + 1; i++) {
    const context = await browser.newContext({ ...CONTEXT_OPTIONS, ...(storageState ? { storageState } : {}) });
    try {
      const page = await context.newPage();
      await emulateLatency(context, page, latencyMs, downloadBytesPerSecond);
      await page.goto(url, { waitUntil: "commit", timeout });
      await page.waitForFunction(ready, arg, { timeout, polling: "raf" });
      const ms = await page.evaluate(() => performance.now());
      if (i > 0) samples.push(Math.round(ms));
    } finally {
      await context.close();
    }
  }
  return { medianMs: median(samples), minMs: Math.min(...samples), maxMs: Math.max(...samples), samplesMs: samples, runs };
}

/**
 * A returning user: one browser context loads `url` again and again (about:blank in between, so
 * each is a new document), with what an earlier visit leaves behind: the HTTP cache of the hashed
 * assets, V8's code cache and, for Atrium, the schema cached in localStorage. The first
 * `warmup` loads fill those and are not counted.
 */
async function timeReturning({ browser, url, storageState, runs, ready, arg, latencyMs = 0, warmup = 3, timeout = 60_000 }) {
  const samples = [];
  const context = await browser.newContext({ ...CONTEXT_OPTIONS, ...(storageState ? { storageState } : {}) });
  try {
    const page = await context.newPage();
    await emulateLatency(context, page, latencyMs);
    for (let i = 0; i < warmup + runs; i++) {
      await page.goto("about:blank");
      await page.goto(url, { waitUntil: "commit", timeout });
      await page.waitForFunction(ready, arg, { timeout, polling: "raf" });
      const ms = await page.evaluate(() => performance.now());
      if (i >= warmup) samples.push(Math.round(ms));
      await page.waitForTimeout(300); // let the page's idle work (preloads, cache writes) finish
    }
  } finally {
    await context.close();
  }
  return { medianMs: median(samples), minMs: Math.min(...samples), maxMs: Math.max(...samples), samplesMs: samples, runs };
}

/** Requests to the API of a cold load of `route` and of one click on "Next page". */
async function countRequests({ browser, appUrl, apiUrl, route, storageState }) {
  const context = await browser.newContext({ ...CONTEXT_OPTIONS, storageState });
  try {
    const page = await context.newPage();
    let bucket = [];
    page.on("request", (req) => {
      if (req.url().startsWith(apiUrl) && req.method() !== "OPTIONS") bucket.push(new URL(req.url()).pathname);
    });
    const byPath = (list) => Object.fromEntries([...new Set(list)].map((p) => [p, list.filter((x) => x === p).length]));
    await page.goto(appUrl + route.replace(/^\//, ""));
    await page.getByRole("table").getByRole("row").nth(1).waitFor();
    await page.waitForLoadState("networkidle");
    const cold = bucket;
    bucket = [];
    await page.getByRole("button", { name: "Next page" }).click();
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(300);
    const next = bucket;
    return { route, coldLoad: { total: cold.length, byPath: byPath(cold) }, nextPage: { total: next.length, byPath: byPath(next) } };
  } finally {
    await context.close();
  }
}

const rangeShows = (re) => {
  const text = [...document.querySelectorAll(".range")].map((e) => e.textContent ?? "").join(" ");
  return new RegExp(re).test(text) && document.querySelectorAll("table tbody tr td").length > 0;
};
const baselineRows = (count) => document.querySelectorAll("table tbody tr").length >= count;
/** The first row's relation cell (column `header`) shows the related record's name, not an id. */
const relationLabelShown = (header) => {
  const headers = [...document.querySelectorAll("table thead th")].map((th) => (th.textContent ?? "").trim());
  const column = headers.findIndex((h) => h.startsWith(header));
  const cell = document.querySelector("table tbody tr")?.children[column];
  return column >= 0 && /^\p{Lu}\p{Ll}+ \p{Lu}/u.test((cell?.textContent ?? "").trim());
};

export async function listBench({ runs = 5, log = (l) => process.stderr.write(`list-bench: ${l}\n`) } = {}) {
  const baselineRoot = buildPage("list-bench-baseline", BASELINE_JS, log);
  const floorRoot = buildPage("list-bench-floor", FLOOR_JS, log);
  const reference = await startReference();
  const app = await startApp({ apiUrl: reference.url });
  const baseline = await startStaticServer({ root: baselineRoot, quiet: true });
  const floor = await startStaticServer({ root: floorRoot, quiet: true });
  const browser = await launchChromium();
  try {
    const storageState = await signedInStorageState(browser, app.url);
    const api = await referenceClient(reference.url);
    const cols = (name) => api.resource(name).list.fields.join(",");
    const baselineUrl = (path, n, resource) =>
      `${baseline.url}#${new URLSearchParams({ api: reference.url, token: api.token, path, n: String(n), cols: cols(resource) })}`;
    const floorUrl = (resource, n) => `${floor.url}#${new URLSearchParams({ api: reference.url, token: api.token, resource, n: String(n) })}`;

    log(`Atrium: ${runs} cold loads of /r/orders?per_page=25`);
    const first = await measureFirstRows({ browser, appUrl: app.url, route: "/r/orders?per_page=25", storageState, runs });
    log(`baseline: ${runs} cold loads of 25 orders`);
    const base25 = await timeUntil({ browser, url: baselineUrl("/orders", 25, "orders"), runs, ready: baselineRows, arg: 25 });
    log(`floor: ${runs} cold loads of 25 orders`);
    const floor25 = await timeUntil({ browser, url: floorUrl("orders", 25), runs, ready: baselineRows, arg: 25 });
    log(`returning user: ${runs} loads of /r/orders?per_page=25 and of the baseline with warm caches`);
    const returning25 = await timeReturning({ browser, url: `${app.url}r/orders?per_page=25`, storageState, runs, ready: rangeShows, arg: "^1–25 of" });
    // a query string keeps the baseline's URL distinct from about:blank's history entry
    const baseReturning25 = await timeReturning({ browser, url: baselineUrl("/orders", 25, "orders").replace("#", "?returning#"), runs, ready: baselineRows, arg: 25 });
    const floorReturning25 = await timeReturning({ browser, url: floorUrl("orders", 25).replace("#", "?returning#"), runs, ready: baselineRows, arg: 25 });
    log(`with ${LATENCY_MS} ms added to every answer: cold and returning loads of 25 orders, Atrium and baseline`);
    const atLatency = {};
    for (const [key, time] of [["cold", timeUntil], ["returning", timeReturning]]) {
      const atrium = await time({ browser, url: `${app.url}r/orders?per_page=25`, storageState, runs, ready: rangeShows, arg: "^1–25 of", latencyMs: LATENCY_MS });
      const base = await time({ browser, url: baselineUrl("/orders", 25, "orders").replace("#", `?${key}#`), runs, ready: baselineRows, arg: 25, latencyMs: LATENCY_MS });
      const least = await time({ browser, url: floorUrl("orders", 25).replace("#", `?${key}#`), runs, ready: baselineRows, arg: 25, latencyMs: LATENCY_MS });
      atLatency[key] = {
        atrium,
        baseline: base,
        floor: least,
        atriumVsBaseline: Math.round((atrium.medianMs / base.medianMs) * 100) / 100,
        floorVsBaseline: Math.round((least.medianMs / base.medianMs) * 100) / 100,
      };
    }
    log(`returning user, ${LATENCY_MS} ms added: ${runs} loads of /r/orders?per_page=25 until the first customer's name shows`);
    const labelsReturning = await timeReturning({ browser, url: `${app.url}r/orders?per_page=25`, storageState, runs, ready: relationLabelShown, arg: "Customer", latencyMs: LATENCY_MS });
    log(`cold loads of 25 orders on a slow network (${SLOW_NETWORK.latencyMs} ms, ${(SLOW_NETWORK.downloadBytesPerSecond * 8) / 1e6} Mbit/s), Atrium and baseline`);
    const slowAtrium = await timeUntil({ browser, url: `${app.url}r/orders?per_page=25`, storageState, runs, ready: rangeShows, arg: "^1–25 of", ...SLOW_NETWORK });
    const slowBase = await timeUntil({ browser, url: baselineUrl("/orders", 25, "orders").replace("#", "?slow#"), runs, ready: baselineRows, arg: 25, ...SLOW_NETWORK });
    const slowFloor = await timeUntil({ browser, url: floorUrl("orders", 25).replace("#", "?slow#"), runs, ready: baselineRows, arg: 25, ...SLOW_NETWORK });
    log(`Atrium: ${runs} cold loads of /r/customers?per_page=2000`);
    const rows2000 = await timeUntil({
      browser,
      url: `${app.url}r/customers?per_page=2000`,
      storageState,
      runs,
      ready: rangeShows,
      arg: "^1–2,000 of",
    });
    log(`baseline: ${runs} cold loads of 2,000 customers`);
    const base2000 = await timeUntil({ browser, url: baselineUrl("/customers", 2000, "customers"), runs, ready: baselineRows, arg: 2000 });
    log("request counts");
    const requests = await countRequests({ browser, appUrl: app.url, apiUrl: reference.url, route: "/r/orders", storageState });

    const ratio = (a, b) => Math.round((a / b) * 100) / 100;
    return {
      firstRows25: {
        route: "/r/orders?per_page=25",
        medianMs: first.medianMs,
        minMs: first.minMs,
        maxMs: first.maxMs,
        samplesMs: first.samplesMs,
        measure: "navigation start → first animation frame after a data row is in the DOM (fresh context, session only)",
      },
      firstRows25Returning: {
        route: "/r/orders?per_page=25",
        ...returning25,
        measure: "navigation start → range text '1–25 of …' with rows, in a browser context that has loaded the page before (HTTP cache, code cache, cached schema)",
      },
      firstRows25WithLatency: {
        route: "/r/orders?per_page=25",
        latencyMs: LATENCY_MS,
        measure: `as firstRows25 (cold) and firstRows25Returning, with Chromium's network emulation adding ${LATENCY_MS} ms to every answer (app files and API alike); the baseline loaded the same way`,
        ...atLatency,
      },
      relationLabelReturningWithLatency: {
        route: "/r/orders?per_page=25",
        latencyMs: LATENCY_MS,
        ...labelsReturning,
        measure: `navigation start → the first row's Customer cell shows the customer's name (relation labels: one batched request after the rows), returning user, ${LATENCY_MS} ms added to every answer`,
      },
      firstRows25SlowNetwork: {
        route: "/r/orders?per_page=25",
        ...SLOW_NETWORK,
        measure: "as firstRows25 (cold), with Chromium's network emulation adding 150 ms to every answer and downloading at 1.6 Mbit/s; the baseline and the floor loaded the same way",
        atrium: slowAtrium,
        baseline: slowBase,
        floor: slowFloor,
        atriumVsBaseline: ratio(slowAtrium.medianMs, slowBase.medianMs),
        floorVsBaseline: ratio(slowFloor.medianMs, slowBase.medianMs),
      },
      rows2000: { route: "/r/customers?per_page=2000", ...rows2000, measure: "navigation start → range text '1–2,000 of …' with rows rendered (20 parallel backend pages of 100, virtualised rows)" },
      requests,
      baseline: {
        what: "bare TanStack Table v9 page: fetch + useTable, every row rendered, no schema/session/relation labels",
        firstRows25: base25,
        firstRows25Returning: baseReturning25,
        rows2000: base2000,
        atriumVsBaseline25: ratio(first.medianMs, base25.medianMs),
        atriumVsBaseline25Returning: ratio(returning25.medianMs, baseReturning25.medianMs),
        atriumVsBaseline2000: ratio(rows2000.medianMs, base2000.medianMs),
        bar: "first rows ≤ baseline × 1.3 (note: Atrium's cold load also fetches the schema and the app shell)",
      },
      floor: {
        what: "the baseline plus React Router and React Query, reading the list's page size and sort from the schema (kept in localStorage once fetched) before asking for the rows: the least a schema-driven client on this stack does",
        firstRows25: floor25,
        firstRows25Returning: floorReturning25,
        floorVsBaseline25: ratio(floor25.medianMs, base25.medianMs),
        floorVsBaseline25Returning: ratio(floorReturning25.medianMs, baseReturning25.medianMs),
        atriumVsFloor25: ratio(first.medianMs, floor25.medianMs),
        atriumVsFloor25Returning: ratio(returning25.medianMs, floorReturning25.medianMs),
      },
    };
  } finally {
    await browser.close().catch(() => {});
    await baseline.close().catch(() => {});
    await floor.close().catch(() => {});
    await app.close().catch(() => {});
    await reference.close().catch(() => {});
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const runsAt = argv.indexOf("--runs");
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 5;
  if (argv.includes("--build")) {
    const build = spawnSync(join(REPO_ROOT, "node_modules", ".bin", "vite"), ["build", "--logLevel", "warn"], { cwd: REPO_ROOT, stdio: "inherit" });
    if (build.status !== 0) process.exit(1);
  }
  listBench({ runs }).then(
    (result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`),
    (error) => {
      process.stderr.write(`list-bench: ${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
      process.exit(1);
    },
  );
}
