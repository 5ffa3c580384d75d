// Guesses the text encoding of a file from its first bytes, in this order: a byte order mark
// (UTF-8, UTF-16 LE/BE), BOM-less UTF-16 by its pattern of NUL bytes, strict UTF-8, and
// finally windows-1252 (what browsers call "latin1"; a superset of ISO-8859-1 for text).
import type { TextEncodingName } from "./types.ts";

export interface EncodingGuess {
  encoding: TextEncodingName;
  /** Bytes of the byte order mark to skip (0 when there is none). */
  bomLength: number;
}

/** How many leading bytes detection looks at. */
export const ENCODING_SAMPLE_BYTES = 64 * 1024;

function utf16Guess(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  // Latin text in UTF-16 has a NUL in the high byte of almost every code unit.
  if (oddZeros / pairs > 0.3 && evenZeros / pairs < 0.05) return "utf-16le";
  if (evenZeros / pairs > 0.3 && oddZeros / pairs < 0.05) return "utf-16be";
  return null;
}

/** True when the bytes are valid UTF-8; a sequence cut off at the end of the sample is fine. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

export function detectEncoding(bytes: Uint8Array): EncodingGuess {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: "utf-8", bomLength: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: "utf-16le", bomLength: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: "utf-16be", bomLength: 2 };
  const sample = bytes.length > ENCODING_SAMPLE_BYTES ? bytes.subarray(0, ENCODING_SAMPLE_BYTES) : bytes;
  const utf16 = utf16Guess(sample);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  if (isValidUtf8(sample)) return { encoding: "utf-8", bomLength: 0 };
  return { encoding: "windows-1252", bomLength: 0 };
}

// windows-1252 differs from ISO-8859-1 only in 0x80-0x9F. Some runtimes (Node before 23)
// decode "windows-1252" as ISO-8859-1, so those 32 code points are mapped here by hand.
// prettier-ignore
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

function decodeCp1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    units[i] = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b;
  }
  let out = "";
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

/** A streaming decoder: call decode(chunk, true) for every chunk but the last. */
export interface ChunkDecoder {
  decode(bytes: Uint8Array, stream: boolean): string;
}

/** A decoder that keeps multi-byte characters split across chunks intact. Never decodes a BOM. */
export function createDecoder(encoding: TextEncodingName): ChunkDecoder {
  if (encoding === "windows-1252") return { decode: (bytes) => decodeCp1252(bytes) };
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  return { decode: (bytes, stream) => decoder.decode(bytes, { stream }) };
}

/** Decodes a whole byte array, skipping the BOM. */
export function decodeBytes(bytes: Uint8Array, guess: EncodingGuess = detectEncoding(bytes)): string {
  return createDecoder(guess.encoding).decode(bytes.subarray(guess.bomLength), false);
}
