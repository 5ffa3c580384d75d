// Before a row whose create may have reached the server is sent again (in flight at a reload,
// or a network error / 408 / 504), the server is asked whether it exists, so that no row is
// created twice. Transient failures of that lookup are retried like creates.
import { backoffDelay, decideRetry, DEFAULT_MAX_RETRIES } from "./retry-policy.ts";
import type { Id, ImportRunnerDeps, Item } from "./types.ts";

export interface CheckExistingInput {
  values: Item;
  deps: Pick<ImportRunnerDeps, "findExisting" | "maxRetries" | "baseDelayMs" | "maxDelayMs" | "random">;
  signal: AbortSignal;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

/** The row found on the server, null when it is not there, "unknown" when that cannot be told. */
export async function checkExisting({ values, deps, signal, sleep }: CheckExistingInput): Promise<{ id: Id } | null | "unknown"> {
  const find = deps.findExisting;
  if (!find) return "unknown";
  const maxRetries = deps.maxRetries ?? DEFAULT_MAX_RETRIES;
  for (let retry = 0; ; retry++) {
    try {
      return await find(values, { signal });
    } catch (e) {
      if (signal.aborted) throw e;
      if (!decideRetry(e, { retry, maxRetries }).retry) return "unknown";
      await sleep(backoffDelay(retry, e, deps), signal);
    }
  }
}
