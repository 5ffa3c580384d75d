#!/usr/bin/env node
// A/B of time to first rows: two or three builds of Atrium (e.g. a previous commit's dist and the
// current one) and, for cold loads, the bare TanStack Table baseline, loaded in turn (A, B, C,
// baseline, A, B, …) against one reference server, so that machine load hits all of them alike.
// Cold loads need the baseline built by `npm run bench` (node_modules/.cache/list-bench-baseline/dist).
//
//   node tests/bench/ab-first-rows.mjs --a /tmp/before/dist [--b dist] [--c other/dist] [--runs 9]
//        [--route "/r/orders?per_page=25"] [--returning] [--latency 40]
//   --returning: a returning user (one browser context per build that has loaded the page before:
//                HTTP cache, code cache, cached schema), as list-bench.mjs's firstRows25Returning
//   --latency:   with --returning, ms added to every answer by Chromium's network emulation
import { join, resolve } from "node:path";
import { CONTEXT_OPTIONS, launchChromium } from "../e2e/lib/chromium.mjs";
import { REPO_ROOT, startReference } from "../e2e/lib/servers.mjs";
import { referenceClient } from "../e2e/lib/reference-api.mjs";
import { startStaticServer } from "../server/static-server.mjs";
import { measureFirstRows, median } from "./first-rows.mjs";
import { emulateLatency } from "./list-bench.mjs";
import { signedInStorageState } from "./session.mjs";

const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const builds = [
  ["a", resolve(opt("--a", ""))],
  ["b", resolve(opt("--b", join(REPO_ROOT, "dist")))],
  ...(opt("--c", null) ? [["c", resolve(opt("--c", ""))]] : []),
];
const runs = Number(opt("--runs", "9"));
const route = opt("--route", "/r/orders?per_page=25");
const returning = argv.includes("--returning");
const latencyMs = Number(opt("--latency", "0"));
if (latencyMs > 0 && !returning) throw new Error("--latency is for --returning loads (cold loads with latency: npm run bench)");
const perPage = Number(new URLSearchParams(route.split("?")[1] ?? "").get("per_page") ?? 25);

/** A returning user's page: one context, loaded `warmup` times first; `load()` times one more load. */
async function returningPage(browser, url, storageState, warmup = 3) {
  const context = await browser.newContext({ ...CONTEXT_OPTIONS, storageState });
  const page = await context.newPage();
  await emulateLatency(context, page, latencyMs);
  const load = async () => {
    await page.goto("about:blank");
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(
      (n) => document.querySelectorAll("table tbody tr td").length > 0 && new RegExp(`^1–${n} of`).test(document.querySelector(".range")?.textContent ?? ""),
      perPage,
      { polling: "raf", timeout: 30_000 },
    );
    const ms = Math.round(await page.evaluate(() => performance.now()));
    await page.waitForTimeout(300); // the page's idle work (preloads, cache writes)
    return ms;
  };
  for (let i = 0; i < warmup; i++) await load();
  return { load, close: () => context.close() };
}

const reference = await startReference();
const config = { apiUrl: reference.url, dialect: "craft-easy" };
const servers = await Promise.all(builds.map(([, root]) => startStaticServer({ root, config, quiet: true })));
const base = returning ? null : await startStaticServer({ root: join(REPO_ROOT, "node_modules", ".cache", "list-bench-baseline", "dist"), quiet: true });
const browser = await launchChromium();
try {
  const api = await referenceClient(reference.url);
  const resource = route.replace(/^\/r\/([^/?]+).*$/, "$1");
  const states = await Promise.all(servers.map((s) => signedInStorageState(browser, s.url)));
  const samples = Object.fromEntries([...builds.map(([name]) => [name, []]), ["baseline", []]]);
  const baseline = async () => {
    const baseUrl = `${base.url}#${new URLSearchParams({ api: reference.url, token: api.token, path: `/${resource}`, n: String(perPage), cols: api.resource(resource).list.fields.join(",") })}`;
    const context = await browser.newContext(CONTEXT_OPTIONS);
    try {
      const page = await context.newPage();
      await emulateLatency(context, page, latencyMs);
      await page.goto(baseUrl, { waitUntil: "commit" });
      await page.waitForFunction((n) => document.querySelectorAll("table tbody tr").length >= n, perPage, { polling: "raf", timeout: 30_000 });
      return Math.round(await page.evaluate(() => performance.now()));
    } finally {
      await context.close();
    }
  };
  const pages = returning ? await Promise.all(servers.map((s, i) => returningPage(browser, s.url + route.replace(/^\//, ""), states[i]))) : null;
  for (let i = 0; i <= runs; i++) {
    const round = [];
    for (const [index, [name]] of builds.entries()) {
      const ms = pages
        ? await pages[index].load()
        : (await measureFirstRows({ browser, appUrl: servers[index].url, route, storageState: states[index], runs: 1, warmup: 0 })).medianMs;
      round.push([name, ms]);
    }
    if (!returning) round.push(["baseline", await baseline()]);
    if (i === 0) continue; // warm-up round
    for (const [name, ms] of round) samples[name].push(ms);
  }
  if (pages) await Promise.all(pages.map((p) => p.close()));
  const summary = (s) => ({ medianMs: median(s), samplesMs: s });
  const out = { route, runs, returning, latencyMs, ...Object.fromEntries(builds.map(([name, dist]) => [name, { dist, ...summary(samples[name]) }])) };
  if (!returning) {
    out.baseline = summary(samples.baseline);
    for (const [name] of builds) out[`${name}VsBaseline`] = Math.round((out[name].medianMs / out.baseline.medianMs) * 100) / 100;
  }
  for (const [name] of builds.slice(1)) out[`${name}VsA`] = Math.round((out[name].medianMs / out.a.medianMs) * 100) / 100;
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} finally {
  await browser.close();
  await Promise.all([...servers.map((s) => s.close()), base?.close(), reference.close()]);
}
