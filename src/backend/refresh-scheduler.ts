// Proactive token refresh shared by the dialect adapters: one timer, refreshing while the token it
// was scheduled for is still the session's, with one retry on a transient failure.

export interface RefreshSchedulerDeps {
  /** The HTTP client's single-flight refresh. */
  refresh: () => Promise<unknown>;
  now: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
}

export interface RefreshScheduler {
  /**
   * Refresh after `delayMs` if `stillCurrent()` then; when that refresh fails (network, 5xx) and
   * the token has not expired (`expiresAt`), try once more halfway to expiry (1–30 s).
   */
  schedule(delayMs: number, expiresAt: number, stillCurrent: () => boolean): void;
  cancel(): void;
}

const MAX_TIMER_MS = 2_000_000_000; // setTimeout's limit is 2^31-1 ms

export function createRefreshScheduler(deps: RefreshSchedulerDeps): RefreshScheduler {
  let timer: unknown = null;
  const cancel = () => {
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
  };
  return {
    cancel,
    schedule(delayMs, expiresAt, stillCurrent) {
      cancel();
      timer = deps.setTimer(() => {
        timer = null;
        if (!stillCurrent()) return;
        deps.refresh().catch(() => {
          if (!stillCurrent() || expiresAt <= deps.now()) return;
          timer = deps.setTimer(
            () => {
              timer = null;
              void deps.refresh().catch(() => undefined);
            },
            Math.min(30_000, Math.max(1_000, (expiresAt - deps.now()) / 2)),
          );
        });
      }, Math.min(delayMs, MAX_TIMER_MS));
    },
  };
}
