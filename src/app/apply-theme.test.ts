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
});
