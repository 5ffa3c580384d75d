// The one check that an unknown value (parsed JSON, stored data) is a plain object whose keys can be read.
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
