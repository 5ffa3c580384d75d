import { afterEach, describe, expect, it } from "vitest";
import { matchLocale, preferredLocale, rememberLocale } from "./locale.ts";
import { intlLocaleFor } from "./intl-locale.ts";

afterEach(() => localStorage.clear());

describe("preferredLocale", () => {
  it("takes the first browser language Atrium speaks", () => {
    expect(preferredLocale(["de-DE", "sv-SE", "en-US"])).toBe("sv");
    expect(preferredLocale(["fr-FR", "de"])).toBe("en");
  });

  it("prefers the remembered choice over the browser", () => {
    rememberLocale("sv");
    expect(preferredLocale(["en-US"])).toBe("sv");
  });

  it("ignores a remembered value it does not know", () => {
    localStorage.setItem("atrium.locale", "xx");
    expect(preferredLocale(["en-GB"])).toBe("en");
  });
});

describe("matchLocale / intlLocaleFor", () => {
  it("maps tags to languages and keeps the browser's region for formatting", () => {
    expect(matchLocale("SV_fi")).toBe("sv");
    expect(matchLocale("nb-NO")).toBeNull();
    expect(intlLocaleFor("en", ["en-GB", "sv-SE"])).toEqual(["en-GB", "en"]);
    expect(intlLocaleFor("sv", ["en-GB"])).toEqual(["sv"]);
  });
});
