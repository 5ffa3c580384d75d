import { describe, expect, it } from "vitest";
import { appendQuery } from "../http-client.ts";
import type { FilterCondition, ListQuery } from "../types.ts";
import {
  buildListParams,
  buildRelationSearchParams,
  buildResolveParams,
  escapeRegex,
  looksCoercible,
  mergeWhere,
} from "./craft-easy-query.ts";
import { defaultCraftEasySettings } from "./craft-easy-settings.ts";
import type { CraftEasySettings } from "./craft-easy-settings.ts";
import { productsResource, usersResource } from "./craft-easy-test-fixtures.ts";

const S = defaultCraftEasySettings;

/** The decoded URL the adapter would request, for readable exact assertions. */
function url(query: Partial<ListQuery>, resource = usersResource, settings: CraftEasySettings = S): string {
  const pairs = buildListParams(resource, { page: 1, perPage: 25, ...query }, settings);
  return decodeURIComponent(appendQuery(`http://api.test${resource.endpoint}`, pairs).replace(/\+/g, "%20"));
}

function filt(...filters: FilterCondition[]): string {
  return url({ filters, sort: [] });
}

describe("paging and sort", () => {
  it("sends page, per_page and the schema's sort_default on the first load", () => {
    expect(url({})).toBe("http://api.test/users?page=1&per_page=25&sort=-created_at");
  });
  it("caps per_page at maxPerPage and floors page at 1", () => {
    expect(url({ page: 0, perPage: 500, sort: [] })).toBe("http://api.test/users?page=1&per_page=100");
    expect(url({ page: 3, perPage: 50, sort: [] }, usersResource, { ...S, maxPerPage: 40 })).toBe(
      "http://api.test/users?page=3&per_page=40",
    );
  });
  it("sort keys: '-' prefix for descending, comma-joined; [] = none; empty sort_default = none", () => {
    expect(url({ sort: [{ field: "age", desc: true }, { field: "name", desc: false }] })).toBe(
      "http://api.test/users?page=1&per_page=25&sort=-age,name",
    );
    expect(url({ sort: [] })).toBe("http://api.test/users?page=1&per_page=25");
    expect(url({}, productsResource)).toBe("http://api.test/products?page=1&per_page=25");
  });
  it("honours sortParam and the descending prefix settings", () => {
    expect(url({ sort: [{ field: "age", desc: true }] }, usersResource, { ...S, sortParam: "order_by", sortDescPrefix: "~" })).toBe(
      "http://api.test/users?page=1&per_page=25&order_by=~age",
    );
    expect(url({}, usersResource, { ...S, sortDescPrefix: "~" })).toBe("http://api.test/users?page=1&per_page=25&sort=~created_at");
  });
});

describe("search", () => {
  it("regex mode, one search field: {f}__regex with the term escaped", () => {
    expect(url({ search: " a.b(c) ", sort: [] }, productsResource)).toBe("http://api.test/products?page=1&per_page=25&name__regex=a\\.b\\(c\\)");
  });
  it("regex mode, several fields: where $or, dangling names dropped", () => {
    expect(url({ search: "ali+", sort: [] })).toBe(
      'http://api.test/users?page=1&per_page=25&where={"$or":[{"name":{"$regex":"ali\\\\+","$options":"i"}},{"email":{"$regex":"ali\\\\+","$options":"i"}}]}',
    );
  });
  it("param mode: {searchParam}=term, unescaped", () => {
    expect(url({ search: "a.b", sort: [] }, usersResource, { ...S, searchMode: "param" })).toBe(
      "http://api.test/users?page=1&per_page=25&q=a.b",
    );
    expect(url({ search: "x", sort: [] }, usersResource, { ...S, searchMode: "param", searchParam: "search" })).toBe(
      "http://api.test/users?page=1&per_page=25&search=x",
    );
  });
  it("blank search sends nothing", () => {
    expect(url({ search: "   ", sort: [] })).toBe("http://api.test/users?page=1&per_page=25");
  });
});

describe("filters", () => {
  const base = "http://api.test/users?page=1&per_page=25&";
  it("eq: field=value for plain strings, numbers and booleans", () => {
    expect(filt({ field: "name", op: "eq", value: "Alice" })).toBe(`${base}name=Alice`);
    expect(filt({ field: "age", op: "eq", value: 30 })).toBe(`${base}age=30`);
    expect(filt({ field: "age", op: "eq", value: "30" })).toBe(`${base}age=30`);
    expect(filt({ field: "active", op: "eq", value: true })).toBe(`${base}active=true`);
    expect(filt({ field: "name", op: "eq", value: null })).toBe(`${base}name=null`);
  });
  it("coercion trap: string fields whose value looks like a number/boolean/null/ObjectId go through where", () => {
    expect(filt({ field: "code", op: "eq", value: "123" })).toBe(`${base}where={"code":"123"}`);
    expect(filt({ field: "code", op: "eq", value: "1.5e3" })).toBe(`${base}where={"code":"1.5e3"}`);
    expect(filt({ field: "code", op: "eq", value: "true" })).toBe(`${base}where={"code":"true"}`);
    expect(filt({ field: "code", op: "eq", value: "None" })).toBe(`${base}where={"code":"None"}`);
    expect(filt({ field: "code", op: "eq", value: "507f1f77bcf86cd799439011" })).toBe(`${base}where={"code":"507f1f77bcf86cd799439011"}`);
    // a JS number on a string field is sent as a string
    expect(filt({ field: "code", op: "eq", value: 42 })).toBe(`${base}where={"code":"42"}`);
    expect(filt({ field: "code", op: "ne", value: "007" })).toBe(`${base}where={"code":{"$ne":"007"}}`);
  });
  it("relation fields keep the flat form (ObjectId coercion is wanted)", () => {
    expect(filt({ field: "tenant_id", op: "eq", value: "507f1f77bcf86cd799439011" })).toBe(`${base}tenant_id=507f1f77bcf86cd799439011`);
  });
  it("ne, gt, gte, lt, lte", () => {
    expect(filt({ field: "name", op: "ne", value: "Bob" })).toBe(`${base}name__ne=Bob`);
    expect(filt({ field: "age", op: "gt", value: 18 })).toBe(`${base}age__gt=18`);
    expect(filt({ field: "age", op: "gte", value: 18 })).toBe(`${base}age__gte=18`);
    expect(filt({ field: "age", op: "lt", value: 65 })).toBe(`${base}age__lt=65`);
    expect(filt({ field: "created_at", op: "lte", value: new Date("2026-01-02T03:04:05Z") })).toBe(
      `${base}created_at__lte=2026-01-02T03:04:05.000Z`,
    );
    expect(filt({ field: "created_at", op: "gte", value: "2026-01-01" })).toBe(`${base}created_at__gte=2026-01-01`);
  });
  it("between → __gte + __lte; an open end is omitted", () => {
    expect(filt({ field: "age", op: "between", value: [18, 65] })).toBe(`${base}age__gte=18&age__lte=65`);
    expect(filt({ field: "age", op: "between", value: [null, 65] })).toBe(`${base}age__lte=65`);
    expect(filt({ field: "created_at", op: "between", value: ["2026-01-01", null] })).toBe(`${base}created_at__gte=2026-01-01`);
  });
  it("in / nin: comma lists; commas inside values or trap values → where", () => {
    expect(filt({ field: "status", op: "in", value: ["active", "trial"] })).toBe(`${base}status__in=active,trial`);
    expect(filt({ field: "status", op: "nin", value: ["cancelled", "expired"] })).toBe(`${base}status__nin=cancelled,expired`);
    expect(filt({ field: "age", op: "in", value: [1, 2, 3] })).toBe(`${base}age__in=1,2,3`);
    expect(filt({ field: "name", op: "in", value: ["Smith, J", "Doe"] })).toBe(`${base}where={"name":{"$in":["Smith, J","Doe"]}}`);
    expect(filt({ field: "code", op: "in", value: ["A1", "123"] })).toBe(`${base}where={"code":{"$in":["A1","123"]}}`);
    expect(filt({ field: "status", op: "in", value: [] })).toBe("http://api.test/users?page=1&per_page=25");
  });
  it("exists true/false", () => {
    expect(filt({ field: "email", op: "exists", value: true })).toBe(`${base}email__exists=true`);
    expect(filt({ field: "email", op: "exists", value: false })).toBe(`${base}email__exists=false`);
  });
  it("contains → escaped __regex", () => {
    expect(filt({ field: "name", op: "contains", value: "a*b?" })).toBe(`${base}name__regex=a\\*b\\?`);
  });
  it("empty values are skipped", () => {
    expect(filt({ field: "name", op: "eq", value: "" }, { field: "age", op: "gt", value: undefined })).toBe(
      "http://api.test/users?page=1&per_page=25",
    );
  });
  it("search $or and trap conditions share one where; clashing keys use $and", () => {
    expect(url({ search: "x", sort: [], filters: [{ field: "code", op: "eq", value: "12" }] })).toBe(
      `${base}where={"$or":[{"name":{"$regex":"x","$options":"i"}},{"email":{"$regex":"x","$options":"i"}}],"code":"12"}`,
    );
    expect(
      filt({ field: "code", op: "gte", value: "10" }, { field: "code", op: "lte", value: "20" }),
    ).toBe(`${base}where={"code":{"$gte":"10","$lte":"20"}}`);
    expect(filt({ field: "code", op: "eq", value: "1" }, { field: "code", op: "ne", value: "2" })).toBe(
      `${base}where={"$and":[{"code":"1"},{"code":{"$ne":"2"}}]}`,
    );
  });
  it("includeDeleted adds include_deleted=true", () => {
    expect(url({ sort: [], includeDeleted: true })).toBe(`${base}include_deleted=true`);
  });
  it("flat filters and where combine (AND)", () => {
    expect(filt({ field: "age", op: "gte", value: 18 }, { field: "code", op: "eq", value: "9" }, { field: "status", op: "in", value: ["active"] })).toBe(
      `${base}age__gte=18&status__in=active&where={"code":"9"}`,
    );
  });
});

describe("relation params", () => {
  it("search: {search_field}__regex, page/per_page, fixed filters", () => {
    const rel = usersResource.fields.tenant_id?.relation;
    if (!rel) throw new Error("fixture");
    expect(buildRelationSearchParams(rel, "ac.me", 2, 20, 100)).toEqual([
      ["name__regex", "ac\\.me"],
      ["page", "2"],
      ["per_page", "20"],
      ["kind", "customer"],
    ]);
    expect(buildRelationSearchParams(rel, "", 1, 500, 100)).toEqual([
      ["page", "1"],
      ["per_page", "100"],
      ["kind", "customer"],
    ]);
  });
  it("resolve: {value_field}__in, or where when an id has a comma", () => {
    expect(buildResolveParams("id", ["a", "b"])).toEqual([
      ["id__in", "a,b"],
      ["page", "1"],
      ["per_page", "2"],
    ]);
    expect(buildResolveParams("code", ["x,y"])[0]).toEqual(["where", '{"code":{"$in":["x,y"]}}']);
  });
});

describe("helpers", () => {
  it("escapeRegex escapes every metacharacter", () => {
    expect(escapeRegex("^a.b*c+d?e$f{g}h(i)j|k[l]m\\n/")).toBe("\\^a\\.b\\*c\\+d\\?e\\$f\\{g\\}h\\(i\\)j\\|k\\[l\\]m\\\\n\\/");
    expect(new RegExp(escapeRegex("a.b")).test("axb")).toBe(false);
  });
  it("looksCoercible", () => {
    for (const v of ["1", "-2", "3.5", ".5", "1e5", "true", "False", "null", "none", "507f1f77bcf86cd799439011", "inf"]) {
      expect(looksCoercible(v), v).toBe(true);
    }
    for (const v of ["abc", "12a", "507f1f77bcf86cd79943901", "1.2.3", "yes", ""]) expect(looksCoercible(v), v).toBe(false);
  });
  it("mergeWhere", () => {
    expect(mergeWhere([])).toBeNull();
    expect(mergeWhere([{ a: 1 }, { b: 2 }])).toEqual({ a: 1, b: 2 });
  });
});
