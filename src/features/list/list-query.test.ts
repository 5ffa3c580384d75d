import { describe, expect, it } from "vitest";
import type { Capabilities } from "../../backend/types.ts";
import { CAPABILITIES, fakeResource } from "../../testing/fake-backend.ts";
import { backendPagesFor, listQueryForUrl, listSettings } from "./list-query.ts";

const backendWith = (caps: Partial<Capabilities>) => ({ capabilities: () => ({ ...CAPABILITIES, ...caps }) });
const noSearchFields = fakeResource("orders");
const withSearchFields = fakeResource("orders", { list: { ...noSearchFields.list, search_fields: ["name"] } });

describe("backendPagesFor", () => {
  it("passes a view within the cap through as one request", () => {
    const q = { page: 3, perPage: 50 };
    expect(backendPagesFor(q, 100)).toEqual([q]);
  });
  it("splits a 2,000-row view into consecutive cap-sized backend pages", () => {
    const pages = backendPagesFor({ page: 2, perPage: 2000, search: "x" }, 100);
    expect(pages).toHaveLength(20);
    expect(pages[0]).toEqual({ page: 21, perPage: 100, search: "x" });
    expect(pages[19]).toEqual({ page: 40, perPage: 100, search: "x" });
  });
  it("with the total known, asks for no page past the last row", () => {
    expect(backendPagesFor({ page: 1, perPage: 2000 }, 100, 119).map((q) => q.page)).toEqual([1, 2]);
    expect(backendPagesFor({ page: 1, perPage: 2000 }, 100, 25).map((q) => q.page)).toEqual([1]);
    expect(backendPagesFor({ page: 1, perPage: 2000 }, 100, 0).map((q) => q.page)).toEqual([1]);
    expect(backendPagesFor({ page: 2, perPage: 2000 }, 100, 2150).map((q) => q.page)).toEqual([21, 22]);
    expect(backendPagesFor({ page: 1, perPage: 2000 }, 100, 2000)).toHaveLength(20);
  });
});

describe("listSettings: searchable", () => {
  it("needs search fields where the schema names the searched columns", () => {
    expect(listSettings(withSearchFields, backendWith({})).searchable).toBe(true);
    expect(listSettings(noSearchFields, backendWith({})).searchable).toBe(false);
  });
  it("is always on where the server picks the searched columns itself", () => {
    expect(listSettings(noSearchFields, backendWith({ searchFieldsUnknown: true })).searchable).toBe(true);
  });
  it("is off without server search, whatever the schema says", () => {
    expect(listSettings(withSearchFields, backendWith({ search: false, searchFieldsUnknown: true })).searchable).toBe(false);
  });
});

describe("listQueryForUrl", () => {
  it("sends the search term only where the list is searchable", () => {
    const params = new URLSearchParams("q=ada");
    expect(listQueryForUrl(noSearchFields, backendWith({ searchFieldsUnknown: true }), params).query.search).toBe("ada");
    expect(listQueryForUrl(noSearchFields, backendWith({}), params).query.search).toBeUndefined();
  });
});

describe("listSettings: default sort", () => {
  const withDefault = (sort_default: string) => fakeResource("orders", { list: { ...noSearchFields.list, sort_default } });
  it("reads `list.sort_default`: a minus sorts descending, several keys, blanks and unknown fields dropped", () => {
    expect(listSettings(withDefault(" -name, +id ,, nope"), backendWith({})).defaults.sort).toEqual([
      { field: "name", desc: true },
      { field: "id", desc: false },
    ]);
  });
  it("is the server's order when empty", () => {
    expect(listSettings(withDefault(""), backendWith({})).defaults.sort).toEqual([]);
  });
});
