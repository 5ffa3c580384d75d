// Hands on at most one value per interval, always the latest (a run reports every row; the
// page needs a few updates a second).
export interface LatestThrottle<T> {
  push(value: T): void;
  /** Drops a value waiting to be handed on. */
  cancel(): void;
}

export function latestThrottle<T>(deliver: (value: T) => void, intervalMs: number): LatestThrottle<T> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let latest: T;
  return {
    push(value) {
      latest = value;
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        deliver(latest);
      }, intervalMs);
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
