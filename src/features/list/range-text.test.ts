import { afterEach, describe, expect, it } from "vitest";
import { activateLocale } from "../../i18n/translate.ts";
import { rangeText } from "./range-text.ts";

describe("rangeText", () => {
  it("formats the visible range with an en dash and grouped numbers", () => {
    expect(rangeText(1, 25, 12000, 25, "en-US")).toBe("1–25 of 12,000");
    expect(rangeText(3, 25, 60, 10, "en-US")).toBe("51–60 of 60");
    expect(rangeText(1, 25, 0, 0, "en-US")).toBe("0 of 0");
  });
});

describe("rangeText in the spoken language", () => {
  afterEach(() => activateLocale("en"));

  it("defaults to the spoken language's words and digits", async () => {
    expect(rangeText(1, 25, 12000, 25)).toBe("1–25 of 12,000");
    await activateLocale("sv");
    expect(rangeText(1, 25, 12000, 25)).toBe("1–25 av 12\u00a0000");
    expect(rangeText(1, 25, 0, 0)).toBe("0 av 0");
  });
});
