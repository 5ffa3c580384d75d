import { describe, expect, it } from "vitest";
import { accentVars, contrastRatio, parseColor, sanitizeCssColor, LIGHT_BG, DARK_BG } from "./accent-color.ts";

describe("sanitizeCssColor", () => {
  it("accepts CSS colour syntax only", () => {
    expect(sanitizeCssColor("#2563eb")).toBe("#2563eb");
    expect(sanitizeCssColor(" rgb(10, 20, 30) ")).toBe("rgb(10, 20, 30)");
    expect(sanitizeCssColor("RebeccaPurple")).toBe("rebeccapurple");
    expect(sanitizeCssColor("red; background: url(https://evil)")).toBeNull();
    expect(sanitizeCssColor("url(x)")).toBeNull();
    expect(sanitizeCssColor("expression(alert(1))")).toBeNull();
    expect(sanitizeCssColor(42)).toBeNull();
  });
});

describe("accentVars", () => {
  it("derives readable text colours in both modes, even from a very light accent", () => {
    for (const c of ["#2563eb", "#ffee00", "#0a0a0a", "hsl(140 60% 45%)"]) {
      const v = accentVars(c);
      expect(v).not.toBeNull();
      const brand = parseColor(v!["--brand"])!;
      const on = parseColor(v!["--brand-on"])!;
      expect(contrastRatio(brand, on)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(parseColor(v!["--brand-text-light"])!, LIGHT_BG)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(parseColor(v!["--brand-text-dark"])!, DARK_BG)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("returns null for anything that is not a colour", () => {
    expect(accentVars("javascript:alert(1)")).toBeNull();
    expect(accentVars(undefined)).toBeNull();
  });
});
