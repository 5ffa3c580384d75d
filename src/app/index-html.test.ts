import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BASE_HREF_INLINE_SCRIPT } from "../config/router-basename.ts";
import { CONFIG_PREFETCH_INLINE_SCRIPT } from "../config/early-config.ts";
import { FIRST_REQUESTS_INLINE_SCRIPT } from "../data/first-requests.ts";

const html = readFileSync(join(process.cwd(), "index.html"), "utf8") // vitest runs from the repo root;

describe("index.html", () => {
  it("runs the base-href script before anything that resolves a relative URL", () => {
    const script = html.indexOf(`<script>${BASE_HREF_INLINE_SCRIPT}</script>`);
    expect(script).toBeGreaterThan(-1);
    const firstUrl = html.search(/<(link|script)\b[^>]*\b(href|src)=/);
    expect(script).toBeLessThan(firstUrl);
  });

  it("requests config.json right after <base> is set, before the entry script", () => {
    const base = html.indexOf(`<script>${BASE_HREF_INLINE_SCRIPT}</script>`);
    const config = html.indexOf(`<script>${CONFIG_PREFETCH_INLINE_SCRIPT}</script>`);
    expect(config).toBeGreaterThan(base);
    expect(config).toBeLessThan(html.indexOf('<script type="module"'));
  });

  it("sends the page's recorded first requests before the entry script", () => {
    const first = html.indexOf(`<script>${FIRST_REQUESTS_INLINE_SCRIPT}</script>`);
    expect(first).toBeGreaterThan(html.indexOf(`<script>${CONFIG_PREFETCH_INLINE_SCRIPT}</script>`));
    expect(first).toBeLessThan(html.indexOf('<script type="module"'));
  });

  it("has the mount point and the module entry", () => {
    // a loading line (the LoadingScreen's markup) until React's first render replaces it
    expect(html).toMatch(/<div id="root"><div class="screen"><div class="loading" role="status"[^>]*>.*Loading….*<\/div><\/div><\/div>/);
    expect(html).toMatch(/<script type="module" src="\/src\/main\.tsx"><\/script>/);
  });
});
