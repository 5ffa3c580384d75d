#!/usr/bin/env node
// Just the first-screen figures of `npm run bench` (firstScreenJs, measured the same way: the
// entry, its static imports and the chunks Chromium requested on a cold load of the list until
// its first row, with their static imports), plus how many dependent script steps the browser
// takes to get them (scriptSteps). Quicker than the whole benchmark while working on bundle size.
// Needs a build in dist/ (or --dist DIR).
//
//   node tests/bench/first-screen.mjs [--route /r/orders] [--runs 2] [--dist DIR] [--files]
import { launchChromium } from "../e2e/lib/chromium.mjs";
import { DIST_DIR, startReference } from "../e2e/lib/servers.mjs";
import { startStaticServer } from "../server/static-server.mjs";
import { firstScreenJs, indexScripts, readManifest, scriptSteps } from "./bundle-size.mjs";
import { measureFirstRows } from "./first-rows.mjs";
import { signedInStorageState } from "./session.mjs";

const argv = process.argv.slice(2);
const opt = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const route = opt("--route", "/r/orders");
const runs = Number(opt("--runs", "2"));
const dist = opt("--dist", DIST_DIR);

const reference = await startReference();
const app = await startStaticServer({ root: dist, base: "/", config: { apiUrl: reference.url, dialect: "craft-easy" }, quiet: true });
const browser = await launchChromium();
try {
  const storageState = await signedInStorageState(browser, app.url);
  const { requestedJs } = await measureFirstRows({ browser, appUrl: app.url, route, storageState, runs });
  const sized = firstScreenJs(dist, { route, lazyFiles: requestedJs });
  const files = [...sized.entry, ...sized.staticImports, ...sized.lazyForRoute];
  const { entries, preloads } = indexScripts(dist);
  const steps = scriptSteps(readManifest(dist), [...entries, ...preloads], files.map((f) => f.file));
  const out = { route, gzipBytes: sized.gzipBytes, rawBytes: sized.rawBytes, files: files.length, scriptSteps: steps.steps };
  if (argv.includes("--files")) {
    out.perFile = files
      .sort((a, b) => b.gzipBytes - a.gzipBytes)
      .map((f) => `${String(f.gzipBytes).padStart(7)}  step ${steps.stepOf[f.file] ?? "?"}  ${f.chunk ?? f.file}${f.src ? ` (${f.src})` : ""}`);
  }
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} finally {
  await browser.close().catch(() => {});
  await app.close().catch(() => {});
  await reference.close().catch(() => {});
}
