import { describe, expect, it } from "vitest";
import { parseBytes, parseCsvBlob, parseText } from "./parse-csv.ts";

describe("parseText", () => {
  it("detects dialect and header and returns columns, rows, lines and meta", () => {
    const t = parseText("\uFEFFname;price\r\nChair;12,50\r\n\r\nTable;149,00\r\n", { fileName: "x.csv" });
    expect(t.columns).toEqual(["name", "price"]);
    expect(t.rows).toEqual([["Chair", "12,50"], ["Table", "149,00"]]);
    expect(t.lines).toEqual([2, 4]);
    expect(t.meta).toMatchObject({ fileName: "x.csv", format: "csv", delimiter: ";", quoteChar: '"', newline: "\r\n", hasHeader: true, rowCount: 2, raggedRows: [] });
  });

  it("names columns when there is no header, and honours overrides", () => {
    const t = parseText("1,2,3\n4,5,6\n");
    expect(t.meta.hasHeader).toBe(false);
    expect(t.columns).toEqual(["Column 1", "Column 2", "Column 3"]);
    expect(t.rows).toHaveLength(2);
    expect(t.lines).toEqual([1, 2]);
    const forced = parseText("a|b\nc|d\n", { hasHeader: false, delimiter: "|" });
    expect(forced.rows).toEqual([["a", "b"], ["c", "d"]]);
  });

  it("makes header names unique and non-empty", () => {
    const t = parseText("name,,Name,email\nA,B,C,D\n", { hasHeader: true });
    expect(t.columns).toEqual(["name", "Column 2", "Name (2)", "email"]);
  });

  it("keeps and flags ragged rows, adding columns for extra cells", () => {
    const t = parseText("a,b,c\n1,2,3\n4,5\n6,7,8,9\n");
    expect(t.rows).toEqual([["1", "2", "3"], ["4", "5"], ["6", "7", "8", "9"]]);
    expect(t.meta.raggedRows).toEqual([1, 2]);
    expect(t.columns).toEqual(["a", "b", "c", "Column 4"]);
  });

  it("handles an empty file and a header-only file", () => {
    expect(parseText("").rows).toEqual([]);
    const h = parseText("name,email\n");
    expect(h.columns).toEqual(["name", "email"]);
    expect(h.rows).toEqual([]);
  });
});

describe("parseBytes", () => {
  it("decodes windows-1252 bytes", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("name;city\nRen"), 0xe9, ...new TextEncoder().encode(";M"), 0xfc, ...new TextEncoder().encode("nchen\n")]);
    const t = parseBytes(bytes);
    expect(t.meta.encoding).toBe("windows-1252");
    expect(t.rows).toEqual([["René", "München"]]);
  });

  it("decodes UTF-16 LE with BOM", () => {
    const text = "name,city\nZoë,Łódź\n";
    const out = [0xff, 0xfe];
    for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
    const t = parseBytes(new Uint8Array(out));
    expect(t.meta.encoding).toBe("utf-16le");
    expect(t.rows).toEqual([["Zoë", "Łódź"]]);
  });
});

describe("parseCsvBlob (chunked)", () => {
  it("streams a large file in small chunks with the same result as parseText, reporting progress", async () => {
    const lines = ["id;name;note"];
    for (let i = 0; i < 6000; i++) lines.push(`${i};Zoë Ærø ${i};"multi\nline ${i}; ö"`);
    const text = lines.join("\r\n") + "\r\n";
    const bytes = new TextEncoder().encode(text);
    const progress: number[] = [];
    const t = await parseCsvBlob(new Blob([bytes]), { chunkSize: 4099, onProgress: (p) => progress.push(p.bytesRead), fileName: "big.csv" });
    const direct = parseText(text);
    expect(t.rows.length).toBe(6000);
    expect(t.rows).toEqual(direct.rows);
    expect(t.lines).toEqual(direct.lines);
    expect(t.lines[1]).toBe(4); // each record spans two lines
    expect(t.meta).toMatchObject({ delimiter: ";", encoding: "utf-8", hasHeader: true, byteLength: bytes.length });
    expect(progress.length).toBeGreaterThan(10);
    expect(progress[progress.length - 1]).toBe(bytes.length);
  });

  it("stops when aborted", async () => {
    const text = "a,b\n" + "1,2\n".repeat(100_000);
    const controller = new AbortController();
    const p = parseCsvBlob(new Blob([text]), {
      chunkSize: 1024,
      signal: controller.signal,
      onProgress: (pr) => {
        if (pr.bytesRead > 100_000) controller.abort();
      },
    });
    await expect(p).rejects.toMatchObject({ name: "AbortError" });
  });
});
