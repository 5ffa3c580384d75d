import { describe, expect, it } from "vitest";
import { createDecoder, decodeBytes, detectEncoding, isValidUtf8 } from "./detect-encoding.ts";

function utf16(text: string, le: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (le) out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return new Uint8Array(out);
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("detectEncoding", () => {
  it("recognises a UTF-8 BOM and skips it", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("name;city\nJosé;Köln\n")]);
    expect(detectEncoding(bytes)).toEqual({ encoding: "utf-8", bomLength: 3 });
    expect(decodeBytes(bytes)).toBe("name;city\nJosé;Köln\n");
  });

  it("recognises UTF-16 LE and BE byte order marks", () => {
    const le = utf16("a,b\nÅ,ß\n", true, true);
    const be = utf16("a,b\nÅ,ß\n", false, true);
    expect(detectEncoding(le)).toEqual({ encoding: "utf-16le", bomLength: 2 });
    expect(detectEncoding(be)).toEqual({ encoding: "utf-16be", bomLength: 2 });
    expect(decodeBytes(le)).toBe("a,b\nÅ,ß\n");
    expect(decodeBytes(be)).toBe("a,b\nÅ,ß\n");
  });

  it("recognises BOM-less UTF-16 by its NUL bytes", () => {
    expect(detectEncoding(utf16("name,email\nAnn,ann@example.com\n", true, false))).toEqual({ encoding: "utf-16le", bomLength: 0 });
    expect(detectEncoding(utf16("name,email\nAnn,ann@example.com\n", false, false))).toEqual({ encoding: "utf-16be", bomLength: 0 });
  });

  it("accepts valid UTF-8 without BOM, including a character cut at the end of the sample", () => {
    expect(detectEncoding(utf8("plain ascii"))).toEqual({ encoding: "utf-8", bomLength: 0 });
    const cut = utf8("café").subarray(0, 4); // "caf" + first byte of é
    expect(isValidUtf8(cut)).toBe(true);
    expect(detectEncoding(utf8("Zürich,München"))).toEqual({ encoding: "utf-8", bomLength: 0 });
  });

  it("falls back to windows-1252 for bytes like 0xE9 that are not UTF-8", () => {
    const bytes = new Uint8Array([...utf8("caf"), 0xe9, 0x3b, 0x80, 0x0a]); // "café;€\n" in cp1252
    expect(detectEncoding(bytes)).toEqual({ encoding: "windows-1252", bomLength: 0 });
    expect(decodeBytes(bytes)).toBe("café;€\n");
  });
});

describe("createDecoder", () => {
  it("maps every windows-1252 byte in 0x80-0x9F to its character", () => {
    const bytes = new Uint8Array([0x80, 0x8a, 0x93, 0x94, 0x96, 0x99, 0x9f, 0xe4]);
    expect(createDecoder("windows-1252").decode(bytes, false)).toBe("€Š“”–™Ÿä");
  });

  it("keeps a UTF-8 character split across two chunks", () => {
    const bytes = new TextEncoder().encode("Köln");
    const d = createDecoder("utf-8");
    expect(d.decode(bytes.subarray(0, 2), true) + d.decode(bytes.subarray(2), false)).toBe("Köln");
  });
});
