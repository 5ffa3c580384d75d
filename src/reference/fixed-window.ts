// A fixed-window request counter: the rate limit of the reference backend and of litestar's
// RateLimitMiddleware (litestar-admin.md §14.3). Each dialect writes its own 429 body.

export interface RateLimit {
  max: number;
  windowSeconds: number;
}

export interface WindowHit {
  limited: boolean;
  /** `X-RateLimit-*` values: the limit, what is left (never below 0), reset in unix seconds. */
  headers: { limit: string; remaining: string; reset: string };
  /** Seconds until the window resets (at least 1). */
  retryAfter: number;
}

/** Counts one request per call; `limited` once the window holds more than `max`. */
export function createFixedWindow(limit: RateLimit, now: () => number): () => WindowHit {
  const windowMs = limit.windowSeconds * 1000;
  let windowStart = 0;
  let count = 0;
  return () => {
    const t = now();
    if (t - windowStart >= windowMs) {
      windowStart = t;
      count = 0;
    }
    count += 1;
    const resetAt = windowStart + windowMs;
    return {
      limited: count > limit.max,
      headers: { limit: String(limit.max), remaining: String(Math.max(0, limit.max - count)), reset: String(Math.ceil(resetAt / 1000)) },
      retryAfter: Math.max(1, Math.ceil((resetAt - t) / 1000)),
    };
  };
}
