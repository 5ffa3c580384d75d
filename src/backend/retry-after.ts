// When a server asks to be called again: `Retry-After`, `X-RateLimit-Reset` or litestar-admin's
// `retry_after` body field (craft-easy.md §8, litestar-admin.md §14.3).

export type HeadersLike = Headers | Record<string, string>;

/** A header by name, case-insensitively, from a `Headers` or a plain object. */
export function getHeader(headers: HeadersLike | undefined, name: string): string | null {
  if (!headers) return null;
  if (headers instanceof Headers) return headers.get(name);
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === lower) return v;
  return null;
}

function numeric(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && /^\s*\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}

function fromRetryAfterHeader(value: string | null, now: () => number): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const n = numeric(value);
  if (n !== undefined) return n;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now()) / 1000));
}

function fromResetHeader(value: string | null, now: () => number): number | undefined {
  const reset = numeric(value);
  if (reset === undefined) return undefined;
  // Unix seconds (anything after 2001) vs. a relative number of seconds.
  return reset > 1e9 ? Math.max(0, Math.ceil(reset - now() / 1000)) : reset;
}

/**
 * Seconds to wait, from (in order) `Retry-After` (seconds or HTTP date), `X-RateLimit-Reset`
 * (unix seconds; small values are read as a delta) or the body's `retry_after`. Undefined when
 * none is present.
 */
export function retryAfterSeconds(headers: HeadersLike | undefined, body: unknown, now: () => number = Date.now): number | undefined {
  const header = fromRetryAfterHeader(getHeader(headers, "Retry-After"), now) ?? fromResetHeader(getHeader(headers, "X-RateLimit-Reset"), now);
  if (header !== undefined) return header;
  if (typeof body === "object" && body !== null && !Array.isArray(body) && "retry_after" in body) return numeric(body.retry_after);
  return undefined;
}
