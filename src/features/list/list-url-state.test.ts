import { describe, expect, it } from "vitest";
import { parseFilter, readListState, writeListState } from "./list-url-state.ts";

const defaults = { perPage: 25, sort: [{ field: "created_at", desc: true }] };
const allowed = { perPage: [10, 25, 50, 100, 2000], sortable: (f: string) => f !== "secret", filterable: (f: string) => f !== "secret" };

describe("list URL state", () => {
  it("round-trips page, page size, multi-sort, search and filters", () => {
    const state = {
      page: 3,
      perPage: 50,
      sort: [
        { field: "total", desc: true },
        { field: "name", desc: false },
      ],
      search: "ada lovelace",
      filters: [
        { field: "status", op: "in" as const, value: ["paid", "shipped"] },
        { field: "total", op: "between" as const, value: [10, null] },
        { field: "note", op: "contains" as const, value: "a:b" },
      ],
    };
    const params = writeListState(new URLSearchParams("tab=x&page=9"), state, defaults);
    expect(params.get("tab")).toBe("x");
    expect(params.get("sort")).toBe("-total,name");
    expect(params.getAll("f")).toHaveLength(3);
    const back = readListState(new URLSearchParams(params.toString()), defaults, allowed);
    expect(back).toEqual(state);
  });

  it("omits defaults and reads an empty query string as the defaults", () => {
    const params = writeListState(new URLSearchParams(), { page: 1, perPage: 25, sort: defaults.sort, search: " ", filters: [] }, defaults);
    expect(params.toString()).toBe("");
    expect(readListState(new URLSearchParams(), defaults, allowed)).toEqual({ page: 1, perPage: 25, sort: defaults.sort, search: "", filters: [] });
  });

  it("a removed sort leaves no ?sort= behind: the list goes back to its default order", () => {
    const params = writeListState(new URLSearchParams("sort=-name"), { page: 1, perPage: 25, sort: [], search: "", filters: [] }, defaults);
    expect(params.toString()).toBe("");
    expect(readListState(params, defaults, allowed).sort).toEqual(defaults.sort);
    // an old link with an empty sort still reads as no sort
    expect(readListState(new URLSearchParams("sort="), defaults, allowed).sort).toEqual([]);
  });

  it("drops junk: unknown page sizes, unsortable or unfilterable fields, bad filters, bad pages", () => {
    const params = new URLSearchParams("page=-4&per_page=7&sort=secret,-name&f=secret:eq:1&f=x:zz:1&f=y:eq:{bad&f=ok:eq:true");
    expect(readListState(params, defaults, allowed)).toEqual({
      page: 1,
      perPage: 25,
      sort: [{ field: "name", desc: true }],
      search: "",
      filters: [{ field: "ok", op: "eq", value: true }],
    });
    expect(parseFilter("nocolon")).toBeNull();
  });
});
