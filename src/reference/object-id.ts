// 24-hex ObjectId-like ids: 8 hex digits of Unix seconds + 16 hex digits of a counter,
// so ids are deterministic for a given sequence of (time, counter) and sort by creation time.

export const OBJECT_ID_PATTERN = /^[0-9a-f]{24}$/i;

export function isObjectId(value: unknown): value is string {
  return typeof value === "string" && OBJECT_ID_PATTERN.test(value);
}

export function makeObjectId(epochMs: number, counter: number): string {
  const seconds = Math.max(0, Math.floor(epochMs / 1000)) % 0x100000000;
  return seconds.toString(16).padStart(8, "0") + counter.toString(16).padStart(16, "0");
}
