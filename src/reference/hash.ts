// Fast non-cryptographic string hashing (cyrb53), usable in the browser and in Node.
// Used for the schema ETag (Craft Easy sends an MD5-like hex digest) and token signatures.

function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A 32-hex-digit digest of `text` (same length as an MD5 hex digest). */
export function hashHex(text: string): string {
  const a = cyrb53(text, 1).toString(16).padStart(14, "0").slice(-14);
  const b = cyrb53(text, 2).toString(16).padStart(14, "0").slice(-14);
  const c = cyrb53(text, 3).toString(16).padStart(4, "0").slice(-4);
  return a + b + c;
}
