#!/usr/bin/env node
// `npm run bench`: builds the app, then prints one JSON document on stdout:
//   firstScreenJs — gzip size of the JS the first screen of a resource list needs (files named)
//   totalJs       — gzip size of all JS in dist/
//   timeToFirstRows — cold loads of /r/orders in Chromium against the reference server over HTTP
//   routeBundles  — gzip JS per main screen (sign-in, dashboard, list, record, new record)
//   interactions  — latency of row menu, paging, sort, search, filters and columns on a list
//   importParseValidate, list, stability — see import-bench.mjs, list-bench.mjs, stability-bench.mjs
//   peers         — Atrium's ratios to react-admin, refine and the bare stack from the last
//                   ../shared/peers/run.sh on this machine, when there is one (peers-ratios.mjs)
// Progress and build output go to stderr.
//
//   node tests/bench/bench.mjs [--runs 7] [--route /r/orders] [--no-build]
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { launchChromium } from "../e2e/lib/chromium.mjs";
import { DIST_DIR, REPO_ROOT, startApp, startReference } from "../e2e/lib/servers.mjs";
import { GZIP_LEVEL, firstScreenJs, totalJs } from "./bundle-size.mjs";
import { measureFirstRows } from "./first-rows.mjs";
import { signedInStorageState } from "./session.mjs";

function parseArgs(argv) {
  const args = { runs: 7, route: "/r/orders", build: true };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--runs") args.runs = Number(argv[++i]);
    else if (argv[i] === "--route") args.route = argv[++i];
    else if (argv[i] === "--no-build") args.build = false;
    else throw new Error(`unknown option ${argv[i]}`);
  }
  if (!Number.isInteger(args.runs) || args.runs < 5) throw new Error("--runs must be an integer ≥ 5");
  return args;
}

const log = (line) => process.stderr.write(`bench: ${line}\n`);

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.build) {
    log("vite build");
    const build = spawnSync(join(REPO_ROOT, "node_modules", ".bin", "vite"), ["build"], {
      cwd: REPO_ROOT,
      stdio: ["ignore", process.stderr, process.stderr],
    });
    if (build.status !== 0) throw new Error("vite build failed");
  }

  const result = {
    gzip: `zlib level ${GZIP_LEVEL}`,
    firstScreenJs: null,
    totalJs: totalJs(DIST_DIR),
    timeToFirstRows: null,
  };

  const reference = await startReference();
  const app = await startApp({ apiUrl: reference.url });
  const browser = await launchChromium();
  let requestedJs = [];
  let failure = null;
  try {
    log(`signing in at ${app.url} (backend ${reference.url})`);
    const storageState = await signedInStorageState(browser, app.url);
    log(`${args.runs} cold loads of ${args.route} (+1 warm-up)`);
    const timing = await measureFirstRows({ browser, appUrl: app.url, route: args.route, storageState, runs: args.runs });
    requestedJs = timing.requestedJs;
    result.timeToFirstRows = {
      route: args.route,
      medianMs: timing.medianMs,
      minMs: timing.minMs,
      maxMs: timing.maxMs,
      samplesMs: timing.samplesMs,
      failedRequests: timing.failedRequests,
      runs: args.runs,
      warmupRunsExcluded: 1,
      measure:
        "performance.now() from navigation start to the first animation frame after a table row with data cells is in the DOM; " +
        "fresh browser context per load (no HTTP cache), only the session (atrium.session:*) seeded in localStorage, no cached schema",
      browser: `Chromium ${browser.version()} (headless)`,
      backend: `reference server over HTTP on loopback (craft-easy dialect)`,
      server: "tests/server/static-server.mjs (gzip, production build)",
    };
    log("JS per route");
    result.routeBundles = await (await import("./route-bundles.mjs"))
      .routeBundles({ browser, appUrl: app.url, referenceUrl: reference.url, storageState })
      .catch((e) => ({ error: String(e) }));
    log(`${args.runs} runs of list interactions`);
    result.interactions = await (await import("./interaction-bench.mjs"))
      .measureInteractions({ browser, appUrl: app.url, storageState, runs: args.runs, log })
      .catch((e) => ({ error: String(e) }));
    log("layout shift, long tasks, scrolling 2,000 rows");
    result.stability = await (await import("./stability-bench.mjs"))
      .measureStability({ browser, appUrl: app.url, storageState, runs: args.runs, log })
      .catch((e) => ({ error: String(e) }));
    result.importParseValidate = await (await import("./import-bench.mjs")).measureImport({ browser, appUrl: app.url, storageState, log }).catch((e) => ({ error: String(e) }));
  } catch (error) {
    failure = error;
    result.timeToFirstRows = { route: args.route, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await browser.close().catch(() => {});
    await app.close().catch(() => {});
    await reference.close().catch(() => {});
  }

  result.firstScreenJs = {
    ...firstScreenJs(DIST_DIR, { route: args.route, lazyFiles: requestedJs }),
    lazyDetectedBy: failure
      ? "not detected: the timing run failed, so only index.html's entry and its static imports are counted"
      : `the JS files Chromium requested while loading ${args.route} until the first row showed, minus the entry's static imports`,
  };
  result.list = await import("./list-bench.mjs").then((m) => m.listBench({ runs: args.runs, log: (l) => log(`list: ${l}`) })).catch((e) => ({ error: String(e) }));
  result.peers = (await import("./peers-ratios.mjs")).peersRatios();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  return failure ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
