import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BASE_HREF_INLINE_SCRIPT } from "../config/router-basename.ts";

const html = readFileSync(new URL("../../index.html", import.meta.url), "utf8");

describe("index.html", () => {
  it("runs the base-href script before anything that resolves a relative URL", () => {
    const script = html.indexOf(`<script>${BASE_HREF_INLINE_SCRIPT}</script>`);
    expect(script).toBeGreaterThan(-1);
    const firstUrl = html.search(/<(link|script)\b[^>]*\b(href|src)=/);
    expect(script).toBeLessThan(firstUrl);
  });

  it("has the mount point and the module entry", () => {
    expect(html).toContain('<div id="root"></div>');
    expect(html).toMatch(/<script type="module" src="\/src\/main\.tsx"><\/script>/);
  });
});
