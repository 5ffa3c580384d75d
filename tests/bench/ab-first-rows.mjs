#!/usr/bin/env node
// A/B of time to first rows: two builds of Atrium (e.g. a previous commit's dist and the current
// one) and the bare TanStack Table baseline, loaded in turn (A, B, baseline, A, B, …) against one
// reference server, so that machine load hits all three alike. Needs the baseline built by
// `npm run bench` (node_modules/.cache/list-bench-baseline/dist).
//
//   node tests/bench/ab-first-rows.mjs --a /tmp/before/dist [--b dist] [--runs 9] [--route "/r/orders?per_page=25"]
import { join, resolve } from "node:path";
import { CONTEXT_OPTIONS, launchChromium } from "../e2e/lib/chromium.mjs";
import { REPO_ROOT, startReference } from "../e2e/lib/servers.mjs";
import { referenceClient } from "../e2e/lib/reference-api.mjs";
import { startStaticServer } from "../server/static-server.mjs";
import { measureFirstRows, median } from "./first-rows.mjs";
import { signedInStorageState } from "./session.mjs";

const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const distA = resolve(opt("--a", ""));
const distB = resolve(opt("--b", join(REPO_ROOT, "dist")));
const runs = Number(opt("--runs", "9"));
const route = opt("--route", "/r/orders?per_page=25");
const perPage = Number(new URLSearchParams(route.split("?")[1] ?? "").get("per_page") ?? 25);

const reference = await startReference();
const config = { apiUrl: reference.url, dialect: "craft-easy" };
const a = await startStaticServer({ root: distA, config, quiet: true });
const b = await startStaticServer({ root: distB, config, quiet: true });
const base = await startStaticServer({ root: join(REPO_ROOT, "node_modules", ".cache", "list-bench-baseline", "dist"), quiet: true });
const browser = await launchChromium();
try {
  const api = await referenceClient(reference.url);
  const resource = route.replace(/^\/r\/([^/?]+).*$/, "$1");
  const baseUrl = `${base.url}#${new URLSearchParams({ api: reference.url, token: api.token, path: `/${resource}`, n: String(perPage), cols: api.resource(resource).list.fields.join(",") })}`;
  const states = { a: await signedInStorageState(browser, a.url), b: await signedInStorageState(browser, b.url) };
  const samples = { a: [], b: [], baseline: [] };
  const baseline = async () => {
    const context = await browser.newContext(CONTEXT_OPTIONS);
    try {
      const page = await context.newPage();
      await page.goto(baseUrl, { waitUntil: "commit" });
      await page.waitForFunction((n) => document.querySelectorAll("table tbody tr").length >= n, perPage, { polling: "raf", timeout: 30_000 });
      return Math.round(await page.evaluate(() => performance.now()));
    } finally {
      await context.close();
    }
  };
  for (let i = 0; i <= runs; i++) {
    const ra = await measureFirstRows({ browser, appUrl: a.url, route, storageState: states.a, runs: 1, warmup: 0 });
    const rb = await measureFirstRows({ browser, appUrl: b.url, route, storageState: states.b, runs: 1, warmup: 0 });
    const rc = await baseline();
    if (i === 0) continue; // warm-up round
    samples.a.push(ra.medianMs);
    samples.b.push(rb.medianMs);
    samples.baseline.push(rc);
  }
  const summary = (s) => ({ medianMs: median(s), samplesMs: s });
  const out = { route, runs, a: { dist: distA, ...summary(samples.a) }, b: { dist: distB, ...summary(samples.b) }, baseline: summary(samples.baseline) };
  out.bVsBaseline = Math.round((out.b.medianMs / out.baseline.medianMs) * 100) / 100;
  out.aVsBaseline = Math.round((out.a.medianMs / out.baseline.medianMs) * 100) / 100;
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} finally {
  await browser.close();
  await Promise.all([a.close(), b.close(), base.close(), reference.close()]);
}
