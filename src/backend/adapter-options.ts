// What every dialect adapter's factory takes besides its own settings.
import type { AdminSchema } from "../protocol/types.ts";
import type { FetchLike } from "./http-client.ts";
import type { Sleep } from "./rate-limiter.ts";

export interface AdapterOptions {
  /** Called as `fetch(request)` with one `Request` (`globalThis.fetch` and the demo `handle` fit). */
  fetch?: FetchLike;
  /** Validates the raw or translated schema (src/protocol/validate-schema.ts, injected). */
  validateSchema: (raw: unknown) => AdminSchema;
  /** Default: localStorage; null keeps the session in memory only. */
  storage?: Storage | null;
  /** Injectable for tests. */
  sleep?: Sleep;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}
