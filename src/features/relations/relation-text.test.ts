import { afterEach, describe, expect, it } from "vitest";
import type { RelationOption } from "../../backend/types.ts";
import { activateLocale } from "../../i18n/translate.ts";
import { searchStatusText } from "./relation-text.ts";

const options = (n: number): RelationOption[] => Array.from({ length: n }, (_, i) => ({ value: i, label: `Record ${i}` }));
const status = (shown: number, total: number | null) => searchStatusText({ error: null, isLoading: false, options: options(shown), total });

afterEach(() => activateLocale("en"));

describe("searchStatusText", () => {
  it("counts matches with a plural and groups the digits of large totals", () => {
    expect(status(1, 1)).toBe("1 match");
    expect(status(3, 3)).toBe("3 matches");
    expect(status(50, 1200)).toBe("50 of 1,200 shown — scroll for more");
    expect(status(0, 0)).toBe("");
  });

  it("speaks Swedish, with Swedish plurals and digit groups", async () => {
    await activateLocale("sv");
    expect(status(1, 1)).toBe("1 träff");
    expect(status(3, 3)).toBe("3 träffar");
    expect(status(50, 1200)).toBe("50 av 1\u00a0200 visas – scrolla för fler");
    expect(searchStatusText({ error: new Error("x"), isLoading: false, options: options(2), total: 9 })).toBe("Kunde inte ladda fler resultat.");
  });
});
