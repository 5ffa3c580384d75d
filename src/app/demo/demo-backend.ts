// The in-browser demo backend (its own chunk, loaded only when no API is configured): the
// reference backend, started from the state an earlier visit saved, answering through the demo's
// fetch, its writes kept by demo-persistence.ts.
import { createReferenceBackend, REFERENCE_SNAPSHOT_VERSION } from "../../reference/reference-backend.ts";
import type { ReferenceSnapshot } from "../../reference/reference-backend.ts";
import { demoFetch } from "./demo-fetch.ts";
import { openDemoStateStore, demoChannel } from "./demo-idb.ts";
import { createDemoPersistence, persistingHandler } from "./demo-persistence.ts";
import type { DemoStateStore } from "./demo-persistence.ts";

/** What the app may do with the demo. */
export interface DemoControl {
  /** The data is kept in this browser (false: a fresh copy on every load). */
  persistent: boolean;
  /** Back to the original demo data (the session stays); the caller reloads the page. */
  reset(): Promise<void>;
}

export interface DemoBackend {
  fetch: typeof fetch;
  control: DemoControl;
}

function isCurrent(value: unknown): value is ReferenceSnapshot {
  return typeof value === "object" && value !== null && "version" in value && value.version === REFERENCE_SNAPSHOT_VERSION;
}

async function readSaved(state: DemoStateStore<ReferenceSnapshot> | null): Promise<ReferenceSnapshot | undefined> {
  const saved = await state?.read().catch(() => undefined);
  return isCurrent(saved) ? saved : undefined;
}

function startReference(saved: ReferenceSnapshot | undefined) {
  if (saved) {
    try {
      return createReferenceBackend({ snapshot: saved });
    } catch (e) {
      console.warn("Atrium demo: the saved demo data could not be read; starting afresh", e);
    }
  }
  return createReferenceBackend();
}

export async function startDemoBackend({ latencyMs }: { latencyMs: number }): Promise<DemoBackend> {
  const state = await openDemoStateStore<ReferenceSnapshot>();
  const reference = startReference(await readSaved(state));
  if (!state) {
    return { fetch: demoFetch(reference, latencyMs), control: { persistent: false, reset: async () => reference.control.reset() } };
  }
  const persistence = createDemoPersistence({
    state,
    channel: demoChannel(),
    snapshot: () => reference.snapshot(),
    restore: (value) => {
      if (isCurrent(value)) reference.restore(value);
    },
  });
  const reset = async (): Promise<void> => {
    reference.control.reset();
    await persistence.save();
  };
  return { fetch: demoFetch(persistingHandler(reference, persistence), latencyMs), control: { persistent: true, reset } };
}
