import { describe, expect, it } from "vitest";
import { createCsvStreamParser } from "./csv-stream.ts";
import type { CsvDialect } from "./detect-dialect.ts";

function parseInChunks(text: string, dialect: CsvDialect, size: number): { rows: string[][]; lines: number[] } {
  const rows: string[][] = [];
  const lines: number[] = [];
  const p = createCsvStreamParser(dialect, (cells, line) => {
    rows.push(cells);
    lines.push(line);
  });
  for (let i = 0; i < text.length; i += size) p.push(text.slice(i, i + size));
  p.finish();
  return { rows, lines };
}

const tricky =
  'id,name,note\r\n1,"Smith, John","said ""hi"""\r\n2,Zoë,"two\r\nlines"\r\n\r\n3,"",plain\r\n4,last,"no newline at end"';

describe("createCsvStreamParser", () => {
  const dialect: CsvDialect = { delimiter: ",", quoteChar: '"', newline: "\r\n" };
  const expected = [
    ["id", "name", "note"],
    ["1", "Smith, John", 'said "hi"'],
    ["2", "Zoë", "two\r\nlines"],
    ["3", "", "plain"],
    ["4", "last", "no newline at end"],
  ];

  it("parses quotes, escaped quotes, embedded delimiters and line breaks, skipping blank lines", () => {
    expect(parseInChunks(tricky, dialect, tricky.length).rows).toEqual(expected);
  });

  it("gives the same rows wherever the chunks are cut", () => {
    for (let size = 1; size <= 17; size++) {
      expect(parseInChunks(tricky, dialect, size).rows, `chunk size ${size}`).toEqual(expected);
    }
  });

  it("reports the file line each record starts on, counting multi-line cells and blank lines", () => {
    for (const size of [3, 1000]) expect(parseInChunks(tricky, dialect, size).lines).toEqual([1, 2, 3, 6, 7]);
  });

  it("tolerates LF files, and stray CR at line ends", () => {
    const text = "a;b\n1;2\r\n3;4\n";
    const { rows } = parseInChunks(text, { delimiter: ";", quoteChar: '"', newline: "\n" }, 2);
    expect(rows).toEqual([["a", "b"], ["1", "2"], ["3", "4"]]);
  });

  it("keeps ragged rows as they are", () => {
    const { rows } = parseInChunks("a,b,c\n1,2\n3,4,5,6\n", { delimiter: ",", quoteChar: '"', newline: "\n" }, 4);
    expect(rows.map((r) => r.length)).toEqual([3, 2, 4]);
  });

  it("supports single-quote quoting", () => {
    const { rows } = parseInChunks("'a,1','it''s'\n", { delimiter: ",", quoteChar: "'", newline: "\n" }, 5);
    expect(rows).toEqual([["a,1", "it's"]]);
  });
});
