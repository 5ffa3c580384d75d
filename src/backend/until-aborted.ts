/**
 * `pending`, or a rejection with `reason(signal)` as soon as `signal` aborts (at once if it already
 * has); for work that cannot be cancelled itself (a Request built without the caller's signal, an
 * answer already on its way).
 */
export function untilAborted<T>(pending: Promise<T>, signal: AbortSignal, reason: (signal: AbortSignal) => unknown): Promise<T> {
  if (signal.aborted) {
    pending.catch(() => undefined);
    return Promise.reject(reason(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(reason(signal));
    signal.addEventListener("abort", onAbort, { once: true });
    pending.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
