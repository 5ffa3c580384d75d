// The 429 handling one HTTP client shares across its requests: the pause every request to the
// backend waits out after a 429 (litestar-admin.md §14.3), the wait and the bounds of each retry,
// and the notices listeners get (a non-blocking "retrying in N s").
import { copyApiError, type ApiError } from "./api-error.ts";
import type { RateLimitNotice } from "./types.ts";

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface RateLimiterOptions {
  sleep: Sleep;
  now: () => number;
  /** Max retries after a 429 for one request. */
  maxRetries: number;
  /** A 429 that asks for a longer wait is not retried automatically. */
  maxWaitMs: number;
}

/** What the limiter needs to know about the request a 429 answered. */
export interface LimitedRequest {
  method: string;
  url: string;
  /** Safe to send again (see `retriesOn429`). */
  retryable: boolean;
  signal?: AbortSignal;
}

export interface RateLimiter {
  /** Before sending: waits until the pause a 429 began is over (0 ms when there is none). */
  waitForPause(signal?: AbortSignal): Promise<void>;
  /** After a 429 (the `attempt`-th for this request): waits when it may be sent again, else throws the error. */
  afterRateLimited(error: ApiError, request: LimitedRequest, attempt: number): Promise<void>;
  listen(listener: (notice: RateLimitNotice) => void): () => void;
}

/** The wait after a 429: what the server asked for, else 1 s doubling per attempt up to 30 s. */
export function rateLimitWaitMs(retryAfter: number | undefined, attempt: number): number {
  if (retryAfter !== undefined) return Math.max(0, retryAfter * 1000);
  return Math.min(1000 * 2 ** (attempt - 1), 30_000);
}

export function createRateLimiter({ sleep, now, maxRetries, maxWaitMs }: RateLimiterOptions): RateLimiter {
  let pausedUntil = 0;
  const listeners = new Set<(notice: RateLimitNotice) => void>();

  function emit(notice: RateLimitNotice): void {
    for (const l of [...listeners]) {
      try {
        l(notice);
      } catch {
        // A listener's failure must not break the request.
      }
    }
  }

  return {
    async waitForPause(signal) {
      const pause = pausedUntil - now();
      if (pause > 0) await sleep(pause, signal);
    },
    async afterRateLimited(error, request, attempt) {
      const waitMs = rateLimitWaitMs(error.retryAfter, attempt);
      const willRetry = request.retryable && attempt <= maxRetries && waitMs <= maxWaitMs;
      const until = now() + waitMs;
      // Pause every request to this backend until then, unless the server asks for an
      // unreasonable wait: then the caller gets the error and decides.
      if (waitMs <= maxWaitMs) pausedUntil = Math.max(pausedUntil, until);
      emit({ method: request.method, url: request.url, attempt, waitMs, retryAfter: error.retryAfter, willRetry, until });
      // Without a hint from the server, the caller still learns when to try again.
      if (!willRetry) throw error.retryAfter === undefined ? copyApiError(error, { retryAfter: Math.ceil(waitMs / 1000) }) : error;
      await sleep(waitMs, request.signal);
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
