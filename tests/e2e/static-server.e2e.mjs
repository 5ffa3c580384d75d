// The static server the e2e suites and the README's deployment notes rely on: SPA fallback,
// sub-path base, config.json from an option, real 404s for missing files, caching headers.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { emailInput, signIn } from "./lib/app.mjs";
import { assert, expectVisible } from "./lib/expect.mjs";
import { test } from "./lib/harness.mjs";
import { DIST_DIR } from "./lib/servers.mjs";
import { indexScripts, readManifest, withStaticImports } from "../bench/bundle-size.mjs";

const indexHtml = () => readFileSync(join(DIST_DIR, "index.html"), "utf8");

async function get(url, init) {
  const response = await fetch(url, { redirect: "manual", ...init });
  return { response, text: await response.text() };
}

test("deep links fall back to index.html, missing files are 404", async ({ startApp }) => {
  const app = await startApp({ apiUrl: "http://127.0.0.1:1" });
  for (const path of ["", "r/orders?page=2&sort=-created_at", "r/products/42", "r/users/admin@example.com"]) {
    const { response, text } = await get(app.url + path);
    assert(response.status === 200, `${path}: status ${response.status}`);
    assert(/^text\/html/.test(response.headers.get("content-type") ?? ""), `${path}: not HTML`);
    assert(text === indexHtml(), `${path}: body is not dist/index.html`);
    assert(response.headers.get("cache-control") === "no-cache", `${path}: index.html must be revalidated`);
  }
  for (const path of ["assets/missing-chunk.js", "r/orders/missing.css", "favicon-missing.png"]) {
    const { response } = await get(app.url + path);
    assert(response.status === 404, `${path}: expected 404, got ${response.status}`);
  }
  const { response: post } = await get(app.url, { method: "POST" });
  assert(post.status === 405, `POST: expected 405, got ${post.status}`);
});

test("config.json comes from the option; none means demo mode", async ({ startApp }) => {
  const configured = await startApp({ apiUrl: "http://127.0.0.1:8787", dialect: "litestar-admin" });
  const { response, text } = await get(`${configured.url}config.json`);
  assert(response.status === 200, `config.json: status ${response.status}`);
  const config = JSON.parse(text);
  assert(config.apiUrl === "http://127.0.0.1:8787" && config.dialect === "litestar-admin", `config.json: ${text}`);

  const demo = await startApp({ apiUrl: null });
  const { response: missing } = await get(`${demo.url}config.json`);
  assert(missing.status === 404, `demo config.json: expected 404, got ${missing.status}`);
});

test("serves under a sub-path and nowhere else", async ({ startApp }) => {
  const app = await startApp({ base: "/admin-ui/", apiUrl: "http://127.0.0.1:1" });
  assert(app.url.endsWith("/admin-ui/"), `url ${app.url}`);
  const { response: deep, text } = await get(`${app.url}r/orders?page=3`);
  assert(deep.status === 200 && text === indexHtml(), `deep link under /admin-ui/: ${deep.status}`);
  const { response: bare } = await get(`${app.origin}/admin-ui?x=1`);
  assert(bare.status === 301 && bare.headers.get("location") === "/admin-ui/?x=1", `redirect: ${bare.status} ${bare.headers.get("location")}`);
  const { response: outside } = await get(`${app.origin}/r/orders`);
  assert(outside.status === 404, `outside the base: expected 404, got ${outside.status}`);
  const { response: traversal } = await get(`${app.url}..%2f..%2fpackage.json`);
  assert(traversal.status === 404, `path traversal: expected 404, got ${traversal.status}`);
});

test("the built index.html has one inline script, which loads the app's files once <base> is set", async () => {
  const html = indexHtml();
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)];
  assert(scripts.length === 1 && !/\bsrc=/.test(scripts[0][1]), `index.html has ${scripts.length} script tags: ${scripts.map((m) => m[0]).join(" ")}`);
  assert(!/<(link|script)\b[^>]*\b(href|src)="\.?\/?assets\//.test(html), "index.html has an asset tag that the preload scanner would fetch before <base> is set");
  const { entries, preloads } = indexScripts(DIST_DIR);
  assert(entries.length === 1, `the inline script loads ${entries.length} entry modules`);
  // the entry evaluates React only once its API requests are out (src/main.tsx); its download
  // must not wait for that
  const vendor = Object.values(readManifest(DIST_DIR)).find((c) => c.name === "vendor")?.file;
  assert(vendor && preloads.includes(vendor), `React (the vendor chunk) is not preloaded: ${preloads.join(", ")}`);
});

test("hashed assets are immutable and gzip-compressed", async ({ startApp }) => {
  const app = await startApp({ apiUrl: "http://127.0.0.1:1" });
  // the entry module: a <script src> tag, or the build's inline asset loader (vite.config.ts)
  const html = indexHtml();
  const script = (html.match(/<script[^>]+src="\.?\/?([^"]+\.js)"/) ?? html.match(/\["module","\.?\/?([^"]+\.js)"\]/))?.[1];
  assert(script, "index.html references no script");
  const { response, text } = await get(app.url + script, { headers: { "accept-encoding": "gzip" } });
  assert(response.status === 200, `${script}: status ${response.status}`);
  assert(/javascript/.test(response.headers.get("content-type") ?? ""), `${script}: wrong MIME type`);
  assert(text === readFileSync(join(DIST_DIR, script), "utf8"), `${script}: body differs from the file`);
  if (text.length > 512) {
    assert(response.headers.get("content-encoding") === "gzip", `${script}: not gzip-compressed`);
  }
  if (script.startsWith("assets/")) {
    assert(/immutable/.test(response.headers.get("cache-control") ?? ""), `${script}: not immutable`);
  }
});

test("the build keeps React out of the entry and the schema validator, the relation picker, TanStack Virtual and the data router off a list's first screen, and the table off the relation picker's pages", async () => {
  const manifest = readManifest(DIST_DIR);
  const chunkOf = (src) => Object.values(manifest).find((c) => c.src === src)?.file;
  const names = (files) => files.map((f) => Object.values(manifest).find((c) => c.file === f)?.name ?? f);
  // the entry (with the boot's early-request code) runs before React has loaded (vite.config.ts groups)
  const { entries } = indexScripts(DIST_DIR);
  const early = withStaticImports(manifest, entries);
  assert(!names(early).includes("vendor"), `the entry imports React: ${names(early).join(", ")}`);
  // the schema validator: a cold load's rows request waits for it, so it must not wait for React
  // (nor for the shell, which imports React)
  const validator = withStaticImports(manifest, [chunkOf("src/protocol/validate-schema.ts")]);
  assert(!names(validator).some((n) => n === "vendor" || n === "shell"), `the schema validator imports ${names(validator).join(", ")}`);
  // a list's first screen: the shell, the list page and view, without the relation picker
  const firstScreen = withStaticImports(manifest, ["src/app/mount.tsx", "src/app/lazy-shell.ts", "src/features/list/list-page.tsx", "src/features/list/list-view.tsx"].map(chunkOf));
  assert(names(firstScreen).includes("vendor") && names(firstScreen).includes("table"), `unexpected first screen: ${names(firstScreen).join(", ")}`);
  const picker = chunkOf("src/features/relations/relation-picker-widgets.tsx");
  assert(picker && !firstScreen.includes(picker), `the relation picker is on a list's first screen: ${names(firstScreen).join(", ")}`);
  // TanStack Virtual loads only for pages above the virtualisation threshold
  assert(!names(firstScreen).includes("virtual"), `TanStack Virtual is on a list's first screen: ${names(firstScreen).join(", ")}`);
  // the router is react-router's plain one (src/app/app-router.tsx): its data router (about as
  // large again) is in no chunk of the first screen
  const dataRouter = firstScreen.filter((f) => readFileSync(join(DIST_DIR, f), "utf8").includes("non-empty routes array"));
  assert(dataRouter.length === 0, `react-router's data router is on the first screen: ${names(dataRouter).join(", ")}`);
  // a page that loads the relation picker (a form) loads no table or list code with it; its
  // options share TanStack Virtual's chunk with the list's long pages
  const withPicker = names(withStaticImports(manifest, [picker]));
  assert(!withPicker.some((n) => n === "table" || n === "list"), `the relation picker imports ${withPicker.join(", ")}`);
  assert(withPicker.includes("virtual"), `the relation picker does not use the shared virtual chunk: ${withPicker.join(", ")}`);
});

test("an unknown deep path still loads the app (its files from the site root), which says the page is not found", async ({ page, env }) => {
  await page.goto(`${env.appUrl}no/such/page`);
  // no route segment to find the app root by: the guessed <base> fails, the root one loads
  await expectVisible(emailInput(page), 20_000);
  await signIn(page, undefined, { until: page.getByRole("heading", { level: 1 }) });
  const title = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  assert(/not found/i.test(title), `expected a not-found page, got "${title}"`);
});
