// Which failed requests an import sends again, after how long, and what a failure says about
// whether the row may exist on the server.
// Retried: status 0 (network), 408, 429, 502, 503, 504. Not retried: every other status,
// including 500, which litestar-admin returns for constraint violations.
import { isApiError } from "../../../backend/api-error.ts";
import type { RetryOptions } from "./types.ts";

const RETRYABLE = new Set([0, 408, 429, 502, 503, 504]);
/** Failures after which the server may still have created the row (502: the gateway lost the answer). */
const OUTCOME_UNKNOWN = new Set([0, 408, 502, 504]);

export const DEFAULT_MAX_RETRIES = 5;

function statusOf(e: unknown): number | null {
  if (isApiError(e)) return e.status;
  if (e instanceof TypeError) return 0; // fetch's network failure
  return null;
}

export type RetryDecision =
  | { retry: false }
  /** rateLimited: every lane waits (429); outcomeUnknown: the row may exist (check before re-sending). */
  | { retry: true; rateLimited: boolean; outcomeUnknown: boolean };

/** Whether the request that failed with `error` on its `retry`-th retry is sent again. */
export function decideRetry(error: unknown, { retry, maxRetries }: { retry: number; maxRetries: number }): RetryDecision {
  const status = statusOf(error);
  if (status === null || !RETRYABLE.has(status) || retry >= maxRetries) return { retry: false };
  return { retry: true, rateLimited: status === 429, outcomeUnknown: OUTCOME_UNKNOWN.has(status) };
}

/** The wait before retry number `retry` (0-based): Retry-After on a 429, else exponential backoff with jitter. */
export function backoffDelay(retry: number, error: unknown, opts: RetryOptions): number {
  if (isApiError(error) && error.status === 429 && error.retryAfter !== undefined && error.retryAfter >= 0) return error.retryAfter * 1000;
  const base = opts.baseDelayMs ?? 500;
  const max = opts.maxDelayMs ?? 30_000;
  const jitter = 0.8 + 0.4 * (opts.random ?? Math.random)();
  return Math.min(max, base * 2 ** retry * jitter);
}

/** setTimeout as a promise that rejects with the signal's reason when aborted. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
