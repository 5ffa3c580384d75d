import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BASE_HREF_INLINE_SCRIPT } from "../config/router-basename.ts";

const html = readFileSync(join(process.cwd(), "index.html"), "utf8") // vitest runs from the repo root;

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
