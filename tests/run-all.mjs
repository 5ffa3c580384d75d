#!/usr/bin/env node
// `npm test`: every suite, in order, each one's own output for humans, then one summary.
//   typecheck (1 test) · lint (1 test) · unit/component (vitest, counted from its JSON report)
//   · build (1 test) · e2e (counted from test-results/e2e.json)
// The last line is always `N passed, N failed`; the exit code is 1 when anything failed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const RESULTS = join(ROOT, "test-results");
const bin = (name) => join(ROOT, "node_modules", ".bin", name);

function run(title, command, args) {
  console.log(`\n=== ${title}: ${[command.replace(ROOT, ""), ...args].join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: process.env });
  if (result.error) console.error(`${title}: ${result.error.message}`);
  return { code: result.status ?? 1, seconds: (Date.now() - started) / 1000 };
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** One pass/fail step. */
function single(title, command, args) {
  const { code, seconds } = run(title, command, args);
  return { title, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, seconds, note: code === 0 ? "" : `exit code ${code}` };
}

function vitest() {
  const report = join(RESULTS, "vitest.json");
  const { code, seconds } = run("unit", bin("vitest"), [
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ]);
  const json = readJson(report);
  if (!json) return { title: "unit", passed: 0, failed: 1, seconds, note: `no JSON report (exit code ${code})` };
  let passed = json.numPassedTests ?? 0;
  let failed = json.numFailedTests ?? 0;
  // A test file that fails to load has no assertion results: count it as one failure.
  const brokenFiles = (json.testResults ?? []).filter(
    (file) => file.status === "failed" && !(file.assertionResults ?? []).some((t) => t.status === "failed"),
  ).length;
  failed += brokenFiles;
  const notes = [];
  if (brokenFiles) notes.push(`${brokenFiles} file(s) failed to run`);
  if (passed + failed === 0) {
    failed = 1;
    notes.push("no tests ran");
  }
  if (code !== 0 && failed === 0) {
    failed = 1;
    notes.push(`exit code ${code} (errors outside tests)`);
  }
  return { title: "unit", passed, failed, seconds, note: notes.join("; ") };
}

function e2e(buildOk) {
  if (!buildOk) return { title: "e2e", passed: 0, failed: 1, seconds: 0, note: "not run: the build failed" };
  const report = join(RESULTS, "e2e.json");
  const { code, seconds } = run("e2e", process.execPath, [join(ROOT, "tests", "e2e", "run.mjs"), "--no-build"]);
  const json = readJson(report);
  if (!json) return { title: "e2e", passed: 0, failed: 1, seconds, note: `no JSON report (exit code ${code})` };
  let failed = json.failed ?? 0;
  const note = [];
  if (code !== 0 && failed === 0) {
    failed = 1;
    note.push(`exit code ${code}`);
  }
  if (json.error) note.push(json.error);
  return { title: "e2e", passed: json.passed ?? 0, failed, seconds, note: note.join("; ") };
}

mkdirSync(RESULTS, { recursive: true });
rmSync(join(RESULTS, "vitest.json"), { force: true });
rmSync(join(RESULTS, "e2e.json"), { force: true });

const results = [];
results.push(single("typecheck", bin("tsc"), ["-p", "tsconfig.json", "--noEmit"]));
results.push(single("lint", bin("eslint"), ["."]));
results.push(vitest());
const build = single("build", bin("vite"), ["build"]);
results.push(build);
results.push(e2e(build.failed === 0 && existsSync(join(ROOT, "dist", "index.html"))));

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log("\n=== summary");
for (const r of results) {
  const counts = `${r.passed} passed, ${r.failed} failed`;
  console.log(`${r.title.padEnd(10)} ${counts.padEnd(24)} ${r.seconds.toFixed(1).padStart(6)} s${r.note ? `  (${r.note})` : ""}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
