import { describe, expect, it } from "vitest";
import { applyTheme } from "./apply-theme.ts";

describe("applyTheme", () => {
  it("sets the accent variables and favicon, and undoes both", () => {
    document.head.innerHTML = '<link rel="icon" href="data:,">';
    const undo = applyTheme({ primary_color: "#4f46e5", favicon_url: "https://cdn.example/icon.png" });
    const root = document.documentElement;
    expect(root.style.getPropertyValue("--brand")).toBe("#4f46e5");
    expect(root.style.getPropertyValue("--brand-on")).toBe("#ffffff");
    expect(document.querySelector("link[rel=icon]")?.getAttribute("href")).toBe("https://cdn.example/icon.png");
    undo();
    expect(root.style.getPropertyValue("--brand")).toBe("");
    expect(document.querySelector("link[rel=icon]")?.getAttribute("href")).toBe("data:,");
  });

  it("ignores a colour that is not CSS colour syntax and a script URL", () => {
    document.head.innerHTML = '<link rel="icon" href="data:,">';
    const undo = applyTheme({ primary_color: "red; background: url(//evil)", favicon_url: "javascript:alert(1)" });
    expect(document.documentElement.style.getPropertyValue("--brand")).toBe("");
    expect(document.querySelector("link[rel=icon]")?.getAttribute("href")).toBe("data:,");
    undo();
  });

  it.each([
    ["a relative URL (it was not resolved against the schema document)", "/static/icon.png"],
    ["a protocol-relative URL", "//cdn.example/icon.png"],
    ["a tab inside the scheme", "java\tscript:alert(1)"],
    ["leading C0 controls", "\u0001\u0002javascript:alert(1)"],
    ["an SVG data: URL (SVG can carry script)", "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'/>"],
    ["vbscript", "vbscript:msgbox(1)"],
  ])("leaves the favicon alone for %s", (_name, favicon_url) => {
    document.head.innerHTML = '<link rel="icon" href="data:,">';
    const undo = applyTheme({ primary_color: "#4f46e5", favicon_url });
    expect(document.querySelector("link[rel=icon]")?.getAttribute("href")).toBe("data:,");
    undo();
  });

  it("takes a raster data: favicon", () => {
    document.head.innerHTML = '<link rel="icon" href="data:,">';
    const png = "data:image/png;base64,iVBORw0KGgo=";
    const undo = applyTheme({ primary_color: "", favicon_url: png });
    expect(document.querySelector("link[rel=icon]")?.getAttribute("href")).toBe(png);
    undo();
  });
});
