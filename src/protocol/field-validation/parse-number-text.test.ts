import { describe, expect, it } from "vitest";
import { detectDecimalSeparator, parseNumberText } from "./parse-number-text.ts";

describe("parseNumberText", () => {
  it.each([
    ["1234.5", undefined, 1234.5],
    ["1,234.5", undefined, 1234.5],
    ["1.234,5", "de-DE", 1234.5],
    ["1.234,5", undefined, 1234.5],
    ["1 234,5", "fr-FR", 1234.5],
    ["1\u202f234,5", "fr-FR", 1234.5],
    ["1\u00a0234\u00a0567", undefined, 1234567],
    ["1'234.50", "de-CH", 1234.5],
    ["12,5", undefined, 12.5],
    ["-3", undefined, -3],
    ["+2", undefined, 2],
    ["(42)", undefined, -42],
    ["1e3", undefined, 1000],
    [".5", undefined, 0.5],
    ["1,234", "en-US", 1234],
    ["1,234", "de-DE", 1.234],
    ["1.234", "de-DE", 1234],
    ["1.234", "en-US", 1.234],
    ["1,234,567", undefined, 1234567],
    ["1.234.567", undefined, 1234567],
  ])("%s (%s) → %s", (text, locale, expected) => {
    expect(parseNumberText(text, { locale })).toBe(expected);
  });

  it.each(["abc", "1,2,3", "1.2.3", "12 34", "1.234,5.6", "", "1,234.567,8", "€5"])("rejects %j", (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  it("uses a file-level decimal hint for a lone grouped-looking separator", () => {
    expect(parseNumberText("1,250", { decimal: "," })).toBe(1.25);
    expect(parseNumberText("1,250", { decimal: "." })).toBe(1250);
    expect(parseNumberText("1.5", { decimal: "," })).toBe(1.5);
  });

  it("detects the decimal separator from a column", () => {
    expect(detectDecimalSeparator(["12,50", "3", "1.234,00"])).toBe(",");
    expect(detectDecimalSeparator(["12.50", "1,234.00"])).toBe(".");
    expect(detectDecimalSeparator(["1,234", "5"])).toBeNull();
  });
});
