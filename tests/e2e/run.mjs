#!/usr/bin/env node
// End-to-end runner: builds the app (unless --no-build), serves dist/ statically with a
// config.json pointing at the reference backend (real HTTP on loopback), drives Debian's
// Chromium through playwright-core, and runs every tests/e2e/*.e2e.mjs suite in order.
//
//   node tests/e2e/run.mjs [--no-build] [--grep <text>] [suite files…]
//
// Writes test-results/e2e.json ({passed, failed, tests}) and screenshots of failures into
// test-results/e2e/. Exit code 1 when anything failed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { launchChromium } from "./lib/chromium.mjs";
import { loadSuites, runTests } from "./lib/harness.mjs";
import { REPO_ROOT, DIST_DIR, resetReference, startApp, startReference } from "./lib/servers.mjs";

const RESULTS_DIR = join(REPO_ROOT, "test-results");
const SUITES_DIR = join(REPO_ROOT, "tests", "e2e");

function parseArgs(argv) {
  const args = { build: true, grep: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--no-build") args.build = false;
    else if (arg === "--grep") args.grep = argv[++i] ?? "";
    else args.files.push(resolve(arg));
  }
  return args;
}

function writeReport(report) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, "e2e.json"), `${JSON.stringify(report, null, 2)}\n`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();

  if (args.build) {
    console.log("e2e: building the app (vite build)…");
    const build = spawnSync(join(REPO_ROOT, "node_modules", ".bin", "vite"), ["build", "--logLevel", "warn"], {
      cwd: REPO_ROOT,
      stdio: "inherit",
    });
    if (build.status !== 0) throw new Error("vite build failed");
  }
  if (!existsSync(join(DIST_DIR, "index.html"))) throw new Error("dist/index.html is missing: build the app first");

  const files = args.files.length
    ? args.files
    : readdirSync(SUITES_DIR)
        .filter((name) => name.endsWith(".e2e.mjs"))
        .sort()
        .map((name) => join(SUITES_DIR, name));
  let tests = await loadSuites(files);
  if (args.grep) tests = tests.filter((t) => `${t.file} › ${t.name}`.includes(args.grep));

  // The reference backend: when it cannot start, the tests that need it fail with the reason,
  // the others still run.
  let reference = null;
  let referenceError = null;
  try {
    reference = await startReference();
  } catch (error) {
    referenceError = error instanceof Error ? error : new Error(String(error));
    console.error(`e2e: the reference server did not start: ${referenceError.message}`);
  }
  const requireReference = () => {
    if (!reference) throw new Error(`the reference server did not start: ${referenceError?.message}`);
    return reference;
  };
  const app = reference ? await startApp({ apiUrl: reference.url }) : await startApp({ apiUrl: null });
  const browser = await launchChromium();
  console.log(`e2e: ${tests.length} test(s) against ${app.url} (backend ${reference?.url ?? "unavailable"}), Chromium ${browser.version()}`);

  const env = {
    /** The app (production build) configured for the reference backend, served at "/". */
    appUrl: app.url,
    get referenceUrl() {
      return requireReference().url;
    },
    get reference() {
      return requireReference();
    },
    /** Serve dist/ once more (closed after the test): {base, apiUrl (null = demo), dialect}. */
    startApp,
  };

  let results;
  try {
    results = await runTests({
      browser,
      env,
      tests,
      outDir: join(RESULTS_DIR, "e2e"),
      beforeEach: reference ? () => resetReference(reference.url) : undefined,
    });
  } finally {
    await browser.close().catch(() => {});
    await app.close().catch(() => {});
    await reference?.close().catch(() => {});
  }

  const passed = results.filter((r) => r.status === "passed").length;
  const failed = results.length - passed;
  writeReport({ passed, failed, durationMs: Date.now() - started, tests: results });
  console.log(`e2e: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    // The run itself broke (build, browser launch, a suite that does not load): one failure.
    console.error(`e2e: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    writeReport({ passed: 0, failed: 1, error: String(error instanceof Error ? error.message : error), tests: [] });
    console.log("e2e: 0 passed, 1 failed");
    process.exit(1);
  },
);
