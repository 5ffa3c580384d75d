import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_PREFS, loadPrefs, orderedColumns, resetLayout, savePrefs, shownColumns, withSavedView, type ListPrefs } from "./list-prefs.ts";

const prefs: ListPrefs = {
  visibility: { total: false },
  order: ["total", "name"],
  sizing: { name: 200 },
  density: "compact",
  views: [{ name: "Old", params: "sort=name", visibility: {}, order: [] }],
};

beforeEach(() => localStorage.clear());

describe("list preferences", () => {
  it("round-trips through storage per backend and resource", () => {
    savePrefs("https://a", "orders", prefs);
    expect(loadPrefs("https://a", "orders")).toEqual(prefs);
    expect(loadPrefs("https://b", "orders")).toEqual(DEFAULT_PREFS);
    expect(loadPrefs("https://a", "users")).toEqual(DEFAULT_PREFS);
  });

  it("drops what storage holds that is not preferences", () => {
    localStorage.setItem(
      "atrium:list:s:orders",
      JSON.stringify({ visibility: { a: "no", b: false }, order: ["a", 3], sizing: { a: 5, b: 120 }, density: "tiny", views: [{ name: "x" }, 4] }),
    );
    expect(loadPrefs("s", "orders")).toEqual({ visibility: { b: false }, order: ["a"], sizing: { b: 120 }, density: "comfortable", views: [] });
    localStorage.setItem("atrium:list:s:orders", "{not json");
    expect(loadPrefs("s", "orders")).toEqual(DEFAULT_PREFS);
  });

  it("orders columns as remembered, then new ones in schema order, and forgets columns that are gone", () => {
    expect(orderedColumns(["total", "gone", "name"], ["name", "owner", "total"])).toEqual(["total", "name", "owner"]);
    expect(shownColumns(["total", "name", "owner"], { total: false, name: true })).toEqual(["name", "owner"]);
  });

  it("resets the layout but keeps saved views", () => {
    expect(resetLayout(prefs)).toEqual({ ...DEFAULT_PREFS, views: prefs.views });
  });

  it("saves a view of the query string less its page, replacing one of the same name", () => {
    const once = withSavedView(prefs, "Big", "page=3&sort=-total&q=a");
    expect(once.views.at(-1)).toEqual({ name: "Big", params: "sort=-total&q=a", visibility: { total: false }, order: ["total", "name"] });
    const twice = withSavedView(once, "Big", "sort=name");
    expect(twice.views.map((v) => [v.name, v.params])).toEqual([
      ["Old", "sort=name"],
      ["Big", "sort=name"],
    ]);
  });
});
