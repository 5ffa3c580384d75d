import { describe, expect, it } from "vitest";
import { csvField, neutralizeFormula, safeCell, safeJsonValue, stripFormulaGuard, toCsv } from "./spreadsheet-safety.ts";

describe("neutralizeFormula", () => {
  it.each(["=SUM(A1:A2)", "+1", "-1+2", "@cmd", "\tx", "\rx", " =1+1", "  @x", "\n=cmd", "\u00a0+1", " \t-x"])("guards %j", (cell) => {
    expect(neutralizeFormula(cell)).toBe(`'${cell}`);
  });

  it.each(["hello", "1+1", "a=b", "", "   ", " x", "'=already", "\nline"])("leaves %j alone", (cell) => {
    expect(neutralizeFormula(cell)).toBe(cell);
  });

  it("is undone by stripFormulaGuard, which leaves other apostrophes", () => {
    for (const cell of ["=1+1", "-5", "@x", " =x", "plain"]) expect(stripFormulaGuard(neutralizeFormula(cell))).toBe(cell);
    expect(stripFormulaGuard("'quoted'")).toBe("'quoted'");
    expect(stripFormulaGuard("' x")).toBe("' x");
    expect(stripFormulaGuard("'")).toBe("'");
  });
});

describe("safeCell and safeJsonValue", () => {
  it("guards text, keeps numbers and booleans, writes other values as (guarded) text", () => {
    expect([null, undefined, -5, true, "-5", " =x", 12n].map(safeCell)).toEqual([null, null, -5, true, "'-5", "' =x", "12"]);
    expect(safeCell(new Date("2026-01-02T03:04:05Z"))).toBe("2026-01-02T03:04:05.000Z");
    expect(safeCell(["=a"])).toBe('["=a"]');
    expect(safeCell({ a: 1 })).toBe('{"a":1}');
  });

  it("guards every string in a JSON value, at any depth", () => {
    expect(safeJsonValue({ a: "=1", n: -1, tags: ["@x", "ok"], nested: { b: "+2", c: null } })).toEqual({
      a: "'=1",
      n: -1,
      tags: ["'@x", "ok"],
      nested: { b: "'+2", c: null },
    });
  });
});

describe("toCsv", () => {
  it("quotes delimiters, quotes and line breaks, with CRLF line ends", () => {
    expect(toCsv([["a", 'say "hi"', "x,y", "line1\nline2", ""]])).toBe('a,"say ""hi""","x,y","line1\nline2",\r\n');
  });

  it("prefixes a BOM on request and writes non-strings sensibly", () => {
    const csv = toCsv([[1, true, null, undefined, new Date("2026-01-02T03:04:05Z"), { a: 1 }, [1, 2]]], { bom: true });
    expect(csv).toBe('\uFEFF1,true,,,2026-01-02T03:04:05.000Z,"{""a"":1}","[1,2]"\r\n');
  });

  it("always neutralizes formulas in text cells, never in numbers", () => {
    expect(toCsv([["=HYPERLINK()", -5, "-5", " @x"]])).toBe("'=HYPERLINK(),-5,'-5,' @x\r\n");
  });

  it("honours another delimiter when quoting", () => {
    expect(csvField("a;b", ";")).toBe('"a;b"');
    expect(csvField("a,b", ";")).toBe("a,b");
    expect(toCsv([["a;b", "c"]], { delimiter: ";" })).toBe('"a;b";c\r\n');
  });

  it("writes nothing for no rows", () => {
    expect(toCsv([])).toBe("");
  });
});
