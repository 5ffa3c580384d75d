import { describe, expect, it } from "vitest";
import { coerceQueryValue, escapeRegex, parseListQuery, parseSort } from "./list-query.ts";
import { ObjectIdValue } from "../store/query.ts";

const parse = (qs: string) => parseListQuery(new URLSearchParams(qs), { searchParam: "q" });

describe("Craft Easy query coercion", () => {
  it("coerces booleans, null, numbers and ObjectIds; leaves other text", () => {
    expect(coerceQueryValue("true")).toBe(true);
    expect(coerceQueryValue("False")).toBe(false);
    expect(coerceQueryValue("none")).toBeNull();
    expect(coerceQueryValue("null")).toBeNull();
    expect(coerceQueryValue("42")).toBe(42);
    expect(coerceQueryValue("-3.5")).toBe(-3.5);
    expect(coerceQueryValue("507f1f77bcf86cd799439011")).toBeInstanceOf(ObjectIdValue);
    expect(coerceQueryValue("2026-01-01")).toBe("2026-01-01");
    expect(coerceQueryValue("ABC-123")).toBe("ABC-123");
  });

  it("escapes regex metacharacters", () => {
    expect(new RegExp(escapeRegex("a.b*(c)")).test("xa.b*(c)y")).toBe(true);
    expect(new RegExp(escapeRegex("a.b")).test("axb")).toBe(false);
  });
});

describe("parseListQuery", () => {
  it("reads page/per_page and caps per_page at 100", () => {
    const r = parse("page=3&per_page=500");
    expect(r.ok && r.query).toMatchObject({ page: 3, perPage: 100 });
  });

  it("rejects bad paging with Pydantic-style issues", () => {
    const r = parse("page=0&per_page=abc");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toEqual([
        expect.objectContaining({ loc: ["query", "page"], type: "greater_than_equal" }),
        expect.objectContaining({ loc: ["query", "per_page"], type: "int_parsing" }),
      ]);
    }
  });

  it("turns suffix operators and exact matches into predicates", () => {
    const r = parse("price__gte=100&price__lt=500&in_stock=true&status__in=paid,pending&name__regex=^Ali&x__exists=false");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.query.where).toEqual({
      kind: "and",
      items: [
        { kind: "cmp", field: "price", op: "gte", value: 100 },
        { kind: "cmp", field: "price", op: "lt", value: 500 },
        { kind: "cmp", field: "in_stock", op: "eq", value: true },
        { kind: "cmp", field: "status", op: "in", value: ["paid", "pending"] },
        { kind: "cmp", field: "name", op: "regex", value: /^Ali/i },
        { kind: "cmp", field: "x", op: "exists", value: false },
      ],
    });
  });

  it("parses where JSON with $or, $regex/$options and keeps JSON types", () => {
    const where = JSON.stringify({ $or: [{ name: { $regex: "ali", $options: "i" } }, { code: "123" }], n: { $gte: 2, $lt: 9 } });
    const r = parse(`where=${encodeURIComponent(where)}`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.query.where).toEqual({
      kind: "and",
      items: [
        {
          kind: "or",
          items: [
            { kind: "and", items: [{ kind: "cmp", field: "name", op: "regex", value: /ali/i }] },
            { kind: "and", items: [{ kind: "cmp", field: "code", op: "eq", value: "123" }] },
          ],
        },
        { kind: "and", items: [{ kind: "cmp", field: "n", op: "gte", value: 2 }, { kind: "cmp", field: "n", op: "lt", value: 9 }] },
      ],
    });
  });

  it("reports invalid where JSON, unknown operators and bad regexes", () => {
    for (const qs of ["where=%7Bnope", `where=${encodeURIComponent('{"a":{"$near":1}}')}`, "name__regex=(", `where=${encodeURIComponent("[1]")}`]) {
      const r = parse(qs);
      expect(r.ok, qs).toBe(false);
    }
  });

  it("parses multi-key sort and maps _id to id; collects the search param", () => {
    expect(parseSort("-total,name,_id")).toEqual([
      { field: "total", desc: true },
      { field: "name", desc: false },
      { field: "id", desc: false },
    ]);
    expect(parseSort("")).toBeUndefined();
    const r = parse("q=lamp&include_deleted=true");
    expect(r.ok && r.query).toMatchObject({ search: "lamp", includeDeleted: true, where: undefined });
  });
});
