// The e2e test registry and sequential runner. Suites call `test(name, fn)`; the runner gives
// each test a fresh browser context and page, a time limit, and on failure a screenshot plus
// the browser's console errors.
import { mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { CONTEXT_OPTIONS } from "./chromium.mjs";

const registry = [];
let loadingFile = null;

/**
 * Register a test. `fn` receives {page, context, browser, env, newContext, startApp}.
 * @param {string} name
 * @param {(t: TestContext) => Promise<void>} fn
 * @param {{timeout?: number}} [options]
 */
export function test(name, fn, options = {}) {
  registry.push({ name, fn, file: loadingFile, timeout: options.timeout ?? 60_000 });
}

export async function loadSuites(files) {
  for (const file of files) {
    loadingFile = basename(file).replace(/\.e2e\.mjs$/, "");
    await import(pathToFileURL(file).href);
  }
  loadingFile = null;
  return registry;
}

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80);

function withTimeout(promise, ms, name) {
  let timer;
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`test "${name}" timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Run tests one after another.
 * @param {{browser: import("playwright-core").Browser, env: object, tests: object[], outDir: string,
 *          beforeEach?: () => Promise<void>, log?: (line: string) => void}} options
 */
export async function runTests({ browser, env, tests, outDir, beforeEach, log = console.log }) {
  mkdirSync(outDir, { recursive: true });
  const results = [];
  for (const entry of tests) {
    const title = `${entry.file} › ${entry.name}`;
    const started = Date.now();
    const cleanups = [];
    const consoleLines = [];
    const contexts = [];
    const newContext = async (options = {}) => {
      const context = await browser.newContext({ ...CONTEXT_OPTIONS, ...options });
      context.setDefaultTimeout(10_000);
      context.setDefaultNavigationTimeout(20_000);
      contexts.push(context);
      context.on("page", (page) => {
        page.on("console", (message) => {
          if (message.type() === "error" || message.type() === "warning") {
            consoleLines.push(`[${message.type()}] ${message.text()}`);
          }
        });
        page.on("pageerror", (error) => consoleLines.push(`[pageerror] ${error.message}`));
      });
      return context;
    };
    const startApp = async (options) => {
      const server = await env.startApp(options);
      cleanups.push(() => server.close());
      return server;
    };

    let error = null;
    let screenshot = null;
    let page = null;
    try {
      if (beforeEach) await beforeEach();
      const context = await newContext();
      page = await context.newPage();
      await withTimeout(entry.fn({ page, context, browser, env, newContext, startApp }), entry.timeout, entry.name);
    } catch (caught) {
      error = caught instanceof Error ? caught : new Error(String(caught));
      const pages = contexts.flatMap((context) => context.pages());
      const shotPage = pages.at(-1) ?? page;
      if (shotPage && !shotPage.isClosed()) {
        screenshot = join(outDir, `${slug(entry.file)}--${slug(entry.name)}.png`);
        await shotPage.screenshot({ path: screenshot, fullPage: true, timeout: 5000 }).catch(() => {
          screenshot = null;
        });
      }
    }
    for (const context of contexts) await context.close().catch(() => {});
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});

    const durationMs = Date.now() - started;
    const seconds = (durationMs / 1000).toFixed(1);
    if (error) {
      log(`  ✗ ${title} (${seconds} s)`);
      log(indent(describeError(error), 6));
      if (screenshot) log(`      screenshot: ${screenshot}`);
      if (consoleLines.length) log(`      browser console:\n${indent(consoleLines.slice(-15).join("\n"), 8)}`);
    } else {
      log(`  ✓ ${title} (${seconds} s)`);
    }
    results.push({
      file: entry.file,
      name: entry.name,
      status: error ? "failed" : "passed",
      durationMs,
      ...(error ? { error: error.message, screenshot, console: consoleLines.slice(-15) } : {}),
    });
  }
  return results;
}

/** The message plus the stack frames inside the suites (not the harness or libraries). */
function describeError(error) {
  const frames = (error.stack ?? "").split("\n").filter((line) => /^\s+at .*\.e2e\.mjs:\d+/.test(line));
  return [error.message, ...frames.map((line) => line.trim())].join("\n");
}

function indent(text, spaces) {
  const pad = " ".repeat(spaces);
  return text
    .split("\n")
    .slice(0, 40)
    .map((line) => pad + line)
    .join("\n");
}
