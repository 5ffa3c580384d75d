import { afterEach, describe, expect, it } from "vitest";
import { activateLocale, activeLocale, defineMessages, intlLocales, onLocaleChange } from "./translate.ts";

const t = defineMessages("test-area", {
  greeting: "Hello {name}",
  deleteCount: "Delete {count, plural, one {# book} other {# books}}?",
  total: "{n, number} rows",
});

afterEach(() => activateLocale("en"));

describe("defineMessages", () => {
  it("fills placeholders and picks the plural form", () => {
    expect(t("greeting", { name: "Ada" })).toBe("Hello Ada");
    expect(t("deleteCount", { count: 1 })).toBe("Delete 1 book?");
    expect(t("deleteCount", { count: 3 })).toBe("Delete 3 books?");
  });

  it("formats numbers for the spoken language", async () => {
    expect(t("total", { n: 12000 })).toBe("12,000 rows");
    await activateLocale("sv");
    // Swedish groups digits with a no-break space
    expect(intlLocales()).toContain("sv");
    expect(new Intl.NumberFormat(intlLocales()).format(12000)).toBe("12\u00a0000");
  });
});

describe("activateLocale", () => {
  it("loads Swedish, speaks it, sets <html lang> and tells listeners", async () => {
    const seen: string[] = [];
    const off = onLocaleChange(() => seen.push(activeLocale()));
    await activateLocale("sv");
    off();
    expect(activeLocale()).toBe("sv");
    expect(document.documentElement.lang).toBe("sv");
    expect(seen.at(-1)).toBe("sv");
  });
});
