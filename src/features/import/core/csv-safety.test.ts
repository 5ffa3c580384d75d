import { describe, expect, it } from "vitest";
import { csvField, neutralizeFormula, stripFormulaGuard, toCsv } from "./csv-safety.ts";

describe("neutralizeFormula", () => {
  it.each(["=SUM(A1:A2)", "+1", "-1+2", "@cmd", "\tx", "\rx"])("guards %j", (cell) => {
    expect(neutralizeFormula(cell)).toBe(`'${cell}`);
  });

  it.each(["hello", "1+1", "a=b", "", "'=already"])("leaves %j alone", (cell) => {
    expect(neutralizeFormula(cell)).toBe(cell);
  });

  it("is undone by stripFormulaGuard, which leaves other apostrophes", () => {
    for (const cell of ["=1+1", "-5", "@x", "plain"]) expect(stripFormulaGuard(neutralizeFormula(cell))).toBe(cell);
    expect(stripFormulaGuard("'quoted'")).toBe("'quoted'");
    expect(stripFormulaGuard("'")).toBe("'");
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

  it("neutralizes formulas only in string cells when asked", () => {
    expect(toCsv([["=HYPERLINK()", -5, "-5"]], { neutralize: true })).toBe("'=HYPERLINK(),-5,'-5\r\n");
    expect(toCsv([["=HYPERLINK()"]])).toBe("=HYPERLINK()\r\n");
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
