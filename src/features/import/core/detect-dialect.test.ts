import { describe, expect, it } from "vitest";
import { detectDelimiter, detectDialect, detectHeader, detectNewline, detectQuoteChar } from "./detect-dialect.ts";

describe("detectDelimiter", () => {
  it("picks semicolons over the decimal commas inside values", () => {
    const sample = "Name;Price;Qty\nChair;12,50;3\nTable;149,00;1\nLamp;9,99;12\n";
    expect(detectDelimiter(sample)).toBe(";");
  });

  it("detects tabs and pipes", () => {
    expect(detectDelimiter("a\tb\tc\n1\t2\t3\n4\t5\t6\n")).toBe("\t");
    expect(detectDelimiter("a|b|c\n1|2|3\n4|5|6\n")).toBe("|");
  });

  it("respects quotes: commas inside quoted fields do not count", () => {
    const sample = 'name;note\n"Smith, John";"a, b, c"\n"Doe, Jane";"x"\n';
    expect(detectDelimiter(sample)).toBe(";");
    const commas = 'name,note\n"Smith; John","a; b; c"\n"Doe; Jane",x\n';
    expect(detectDelimiter(commas)).toBe(",");
  });

  it("handles a quoted field with a line break", () => {
    const sample = 'id,comment,score\n1,"first line\nsecond, line",5\n2,plain,6\n3,"x",7\n';
    expect(detectDelimiter(sample)).toBe(",");
  });

  it("ignores the cut-off last line of a partial sample", () => {
    const sample = "a;b;c\n1;2;3\n4;5;6\n7;8,9,10,11,12,13";
    expect(detectDelimiter(sample, false)).toBe(";");
  });

  it("falls back to comma for a single column", () => {
    expect(detectDelimiter("name\nAnn\nBob\n")).toBe(",");
  });
});

describe("detectQuoteChar / detectNewline", () => {
  it("finds single-quote quoting", () => {
    expect(detectQuoteChar("'a,1','b'\n'c,2','d'\n", ",")).toBe("'");
    expect(detectQuoteChar('"a,1","b"\n', ",")).toBe('"');
    expect(detectQuoteChar("O'Brien,x\nD'Arcy,y\n", ",")).toBe('"');
  });

  it("detects line endings", () => {
    expect(detectNewline("a\r\nb\r\n")).toBe("\r\n");
    expect(detectNewline("a\nb\n")).toBe("\n");
    expect(detectNewline("a\rb\r")).toBe("\r");
  });
});

describe("detectHeader", () => {
  it("accepts distinct text labels over typed data", () => {
    expect(detectHeader([["name", "price", "created"], ["Chair", "12.5", "2026-01-01"]])).toBe(true);
    expect(detectHeader([["No", "Name"], ["1", "Chair"]])).toBe(true);
  });

  it("rejects a first row of data", () => {
    expect(detectHeader([["Chair", "12.5", "2026-01-01"], ["Table", "3", "2026-01-02"]])).toBe(false);
    expect(detectHeader([["ann@example.com", "Ann"], ["bob@example.com", "Bob"]])).toBe(false);
    expect(detectHeader([["1", "2"], ["3", "4"]])).toBe(false);
  });

  it("rejects repeated or mostly empty first rows", () => {
    expect(detectHeader([["a", "a"], ["x", "y"]])).toBe(false);
    expect(detectHeader([["", "", "c"], ["x", "y", "z"]])).toBe(false);
  });

  it("rejects a first row whose values reappear in the same column", () => {
    expect(detectHeader([["red", "small"], ["blue", "large"], ["red", "medium"]])).toBe(false);
  });
});

describe("detectDialect", () => {
  it("reads a messy European export", () => {
    const sample = "\"Artikel\";\"Preis\";\"Datum\"\r\n\"Stuhl\";\"12,50\";\"01.02.2026\"\r\n\"Tisch\";\"149,00\";\"03.02.2026\"\r\n";
    expect(detectDialect(sample)).toEqual({ delimiter: ";", quoteChar: '"', newline: "\r\n", hasHeader: true });
  });

  it("reports no header for headerless data", () => {
    expect(detectDialect("1|Ann|2026-01-01\n2|Bob|2026-01-02\n")).toMatchObject({ delimiter: "|", hasHeader: false });
  });
});
