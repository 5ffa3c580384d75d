import { afterEach, describe, expect, it } from "vitest";
import { activateLocale } from "../../i18n/translate.ts";
import { sortItems } from "./export-pages.ts";

const names = () => [{ name: "Zeta" }, { name: "Ärlig" }, { name: "Adam" }];
const order = () => sortItems(names(), [{ field: "name", desc: false }]).map((i) => i.name);

afterEach(() => activateLocale("en"));

describe("sortItems (an export sorted in the browser)", () => {
  it("collates in the spoken language", async () => {
    expect(order()).toEqual(["Adam", "Ärlig", "Zeta"]);
    await activateLocale("sv");
    expect(order()).toEqual(["Adam", "Zeta", "Ärlig"]);
  });
});
