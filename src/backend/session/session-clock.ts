// The clock a session core runs on: the adapter options' injected one (tests), else real time.
import type { AdapterOptions } from "../adapter-options.ts";
import type { SessionClock } from "./types.ts";

function unrefTimer(fn: () => void, ms: number): unknown {
  const handle = setTimeout(fn, ms);
  // Node (tests, tooling): a pending refresh must not keep the process alive.
  (handle as { unref?: () => void }).unref?.();
  return handle;
}

export function sessionClock(opts: Pick<AdapterOptions, "now" | "setTimer" | "clearTimer">): SessionClock {
  return {
    now: opts.now ?? Date.now,
    setTimer: opts.setTimer ?? unrefTimer,
    clearTimer: opts.clearTimer ?? ((h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>)),
  };
}
