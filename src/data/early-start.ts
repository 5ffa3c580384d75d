// Left over: the boot no longer stashes anything here. It hands its requests to React Query's
// cache under the real query keys (src/app/first-screen.ts, src/app/create-query-client.ts), so
// `takeEarly`/`takeEarlyValue` find nothing. Kept only because src/features/list/use-list-data.ts
// (being restructured on another branch) still calls them; delete this file with those calls.

const MAX_AGE_MS = 10_000;

interface Entry {
  promise: Promise<unknown>;
  at: number;
  settled: { value: unknown } | null;
}

const stash = new Map<string, Entry>();

/** A string key for a query key (or any JSON value). */
export const earlyKey = (key: unknown): string => JSON.stringify(key);

export function stashEarly(key: string, promise: Promise<unknown>, now: number = Date.now()): void {
  const entry: Entry = { promise, at: now, settled: null };
  promise.then(
    (value) => {
      entry.settled = { value };
    },
    () => undefined, // a failure is the taker's to handle (it asks again on its own)
  );
  stash.set(key, entry);
}

function take(key: string, now: number): Entry | undefined {
  const entry = stash.get(key);
  if (!entry) return undefined;
  stash.delete(key);
  return now - entry.at <= MAX_AGE_MS ? entry : undefined;
}

export function takeEarly<T>(key: string, now: number = Date.now()): Promise<T> | undefined {
  return take(key, now)?.promise as Promise<T> | undefined;
}

/** The early answer if it has already arrived (then it is taken); otherwise it stays for `takeEarly`. */
export function takeEarlyValue<T>(key: string, now: number = Date.now()): { value: T } | undefined {
  const entry = stash.get(key);
  if (!entry?.settled) return undefined;
  return (take(key, now)?.settled as { value: T } | null) ?? undefined;
}


/** The early answer for `key` if it has arrived, without taking it. */
export function peekEarlyValue<T>(key: string, now: number = Date.now()): { value: T } | undefined {
  const entry = stash.get(key);
  if (!entry?.settled || now - entry.at > MAX_AGE_MS) return undefined;
  return entry.settled as { value: T };
}

/** The schema's key: per backend and user, like the schema cache. */
export const earlySchemaKey = (baseUrl: string, userId: string | null): string => earlyKey(["schema", baseUrl, userId ?? ""]);

/** Forget everything (tests). Entries are per backend and user, and expire after ten seconds. */
export function clearEarly(): void {
  stash.clear();
}
