// Runs an async task per item with at most `concurrency` in flight; never throws for one item's
// failure (each outcome is reported), stops starting new items when `signal` aborts.
export interface BoundedOutcome<T, R> {
  item: T;
  ok: boolean;
  value?: R;
  error?: unknown;
}

export interface RunBoundedOptions {
  concurrency: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export async function runBounded<T, R>(items: readonly T[], task: (item: T, signal?: AbortSignal) => Promise<R>, opts: RunBoundedOptions): Promise<BoundedOutcome<T, R>[]> {
  const out: BoundedOutcome<T, R>[] = new Array<BoundedOutcome<T, R>>(items.length);
  let next = 0;
  let done = 0;
  const lanes = Math.max(1, Math.min(items.length, Math.floor(opts.concurrency) || 1));
  async function lane(): Promise<void> {
    for (;;) {
      if (opts.signal?.aborted) return;
      const i = next++;
      if (i >= items.length) return;
      const item = items[i] as T;
      try {
        out[i] = { item, ok: true, value: await task(item, opts.signal) };
      } catch (error) {
        out[i] = { item, ok: false, error };
      }
      done++;
      opts.onProgress?.(done, items.length);
    }
  }
  await Promise.all(Array.from({ length: lanes }, lane));
  return out.filter((o): o is BoundedOutcome<T, R> => o !== undefined);
}
