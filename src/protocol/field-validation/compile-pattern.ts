// `pattern` compiled with `new RegExp(pattern)` and tested as a search, without added anchors
// (Pydantic semantics); Python-only syntax with an exact JS equivalent is translated first.

const patternCache = new Map<string, RegExp | null>();

/** Translates the Python-only spellings that have exact JS equivalents; escapes are kept intact. */
function pythonToJsPattern(pattern: string): string {
  return pattern
    .replace(/\\(.)/gs, (m: string, c: string) => (c === "A" ? "^" : c === "Z" || c === "z" ? "$" : m))
    .replace(/\(\?P</g, "(?<")
    .replace(/\(\?P=(\w+)\)/g, "\\k<$1>");
}

/** The field's pattern compiled for a search test, or null when absent or not compilable. */
export function compilePattern(pattern: string | undefined): RegExp | null {
  if (!pattern) return null;
  const cached = patternCache.get(pattern);
  if (cached !== undefined) return cached;
  let regex: RegExp | null;
  try {
    regex = new RegExp(pythonToJsPattern(pattern));
  } catch {
    regex = null;
  }
  if (patternCache.size > 500) patternCache.clear();
  patternCache.set(pattern, regex);
  return regex;
}
