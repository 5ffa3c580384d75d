import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { COLOR_MODE_INLINE_SCRIPT, INDEX_INLINE_SCRIPT } from "./index-inline-script.ts";
import { initColorMode } from "../ui/color-mode.ts";

const html = readFileSync(join(process.cwd(), "index.html"), "utf8"); // vitest runs from the repo root

describe("index.html", () => {
  it("has one inline script, and it runs before anything that resolves a relative URL", () => {
    const inline = [...html.matchAll(/<script\b([^>]*)>/g)].filter((m) => !/\bsrc=/.test(m[1] ?? ""));
    expect(inline).toHaveLength(1);
    const script = html.indexOf(`<script>${INDEX_INLINE_SCRIPT}</script>`);
    expect(script).toBeGreaterThan(-1);
    const firstUrl = html.search(/<(link|script)\b[^>]*\b(href|src)=/);
    expect(script).toBeLessThan(firstUrl);
  });

  it("has the mount point and the module entry", () => {
    // a loading line (the LoadingScreen's markup) until React's first render replaces it
    expect(html).toMatch(/<div id="root"><div class="screen"><div class="loading" role="status"[^>]*>.*Loading….*<\/div><\/div><\/div>/);
    expect(html).toMatch(/<script type="module" src="\/src\/main\.tsx"><\/script>/);
  });

  it("lays out the loading screen itself, so the stylesheet arriving after the first paint moves nothing", () => {
    // without these, the body's default margin and the unstyled loading line shifted the whole
    // page when the stylesheet applied (a layout shift of 0.46 on a list load)
    const style = /<style>(.*?)<\/style>/s.exec(html)?.[1] ?? "";
    expect(style).toContain("html,body{margin:0}");
    expect(style).toMatch(/\.screen\{[^}]*display:flex/);
    expect(style).toMatch(/#root,\.screen\{min-height:100vh\}/);
    expect(style).toMatch(/\.spinner\{width:32px;height:32px/);
  });
});

describe("the colour mode set by index.html's script", () => {
  afterEach(() => {
    localStorage.clear();
    delete document.documentElement.dataset.colorMode;
  });

  it.each(["dark", "light"])("is the remembered mode (%s), the one the app applies", (mode) => {
    localStorage.setItem("atrium.color-mode", mode);
    new Function(COLOR_MODE_INLINE_SCRIPT)();
    expect(document.documentElement.dataset.colorMode).toBe(mode);
    expect(initColorMode()).toBe(mode);
  });
});
