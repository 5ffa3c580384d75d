// The demo keeps its data and session across reloads and tabs: the in-browser reference backend's
// state is written to a key-value store (IndexedDB in the browser) after every write it answers,
// and read back on the next start; other tabs hear of each save and read it too. A write's answer
// waits for the save that includes it, so what the user saw saved survives a reload at once;
// saves are coalesced (one in flight, at most one queued). Two tabs writing in the same moment:
// the later save wins.

/** Where the state is kept: IndexedDB in the browser (demo-idb.ts), a Map in tests. */
export interface DemoStateStore<T> {
  read(): Promise<T | undefined>;
  write(value: T): Promise<void>;
  clear(): Promise<void>;
}

/** How tabs tell each other of a save (a BroadcastChannel in the browser). */
export interface DemoChannel {
  post(): void;
  listen(onSaved: () => void): void;
}

export interface DemoPersistenceOptions<T> {
  state: DemoStateStore<T>;
  channel: DemoChannel | null;
  snapshot(): T;
  /** Another tab saved: take its state. */
  restore(value: T): void;
}

export interface DemoPersistence {
  /** Save now (coalesced); resolves once a save made after this call is written. */
  save(): Promise<void>;
}

export function createDemoPersistence<T>({ state, channel, snapshot, restore }: DemoPersistenceOptions<T>): DemoPersistence {
  let inFlight: Promise<void> | null = null;
  let queued: Promise<void> | null = null;

  const writeNow = async (): Promise<void> => {
    await state.write(snapshot());
    channel?.post();
  };
  const save = (): Promise<void> => {
    if (!inFlight) {
      inFlight = writeNow().finally(() => {
        inFlight = null;
      });
      return inFlight;
    }
    // a save is being written from an older snapshot: queue one more (shared by every caller)
    queued ??= inFlight.catch(() => undefined).then(() => {
      queued = null;
      return save();
    });
    return queued;
  };
  channel?.listen(() => {
    void state.read().then((value) => {
      if (value !== undefined) restore(value);
    });
  });
  return { save };
}

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** A request handler whose writes are answered once they are saved. */
export function persistingHandler(handler: { handle(req: Request): Promise<Response> }, persistence: DemoPersistence): { handle(req: Request): Promise<Response> } {
  return {
    async handle(req) {
      const res = await handler.handle(req);
      if (READ_METHODS.has(req.method.toUpperCase())) return res;
      // a failed save must not fail the answer: the data is still in this page
      await persistence.save().catch((e: unknown) => console.warn("Atrium demo: could not save the demo data", e));
      return res;
    },
  };
}
