// The demo's persistence: writes are answered once saved, saves are coalesced, reads are not
// saved, and a save in another tab is taken over. Over the real reference backend.
import { describe, expect, it } from "vitest";
import { createReferenceBackend } from "../../reference/reference-backend.ts";
import type { ReferenceSnapshot } from "../../reference/reference-backend.ts";
import { craftEasyCall, craftEasySignIn } from "../../reference/testing/reference-setup.ts";
import type { Json } from "../../reference/testing/reference-setup.ts";
import { createDemoPersistence, persistingHandler } from "./demo-persistence.ts";
import type { DemoChannel, DemoStateStore } from "./demo-persistence.ts";

/** A key-value store that clones like IndexedDB and counts writes; `hold` delays them. */
function memoryState() {
  let value: ReferenceSnapshot | undefined;
  let release: (() => void) | null = null;
  const state = {
    writes: 0,
    hold: false,
    read: async () => (value === undefined ? undefined : structuredClone(value)),
    write: async (v: ReferenceSnapshot) => {
      const copy = structuredClone(v);
      if (state.hold) await new Promise<void>((resolve) => (release = resolve));
      value = copy;
      state.writes += 1;
    },
    clear: async () => {
      value = undefined;
    },
    release: () => release?.(),
  };
  return state satisfies DemoStateStore<ReferenceSnapshot> & Record<string, unknown>;
}

/** BroadcastChannel-like: a post reaches every other member. */
function channels() {
  const listeners: { onSaved: () => void }[] = [];
  return (): DemoChannel => {
    const me: { onSaved: () => void } = { onSaved: () => undefined };
    listeners.push(me);
    return {
      post: () => listeners.filter((l) => l !== me).forEach((l) => l.onSaved()),
      listen: (fn) => {
        me.onSaved = fn;
      },
    };
  };
}

const SEED = { orders: 20 };

describe("demo persistence", () => {
  it("a write is answered after its save; a reload started from the saved state has it and the session", async () => {
    const state = memoryState();
    const reference = createReferenceBackend({ seed: SEED });
    const persistence = createDemoPersistence({ state, channel: null, snapshot: () => reference.snapshot(), restore: (v) => reference.restore(v) });
    const handler = persistingHandler(reference, persistence);
    const token = await craftEasySignIn(handler);
    const writesAfterSignIn = state.writes;
    expect(writesAfterSignIn).toBeGreaterThan(0);
    await craftEasyCall(handler, "/products?per_page=1", { token });
    expect(state.writes).toBe(writesAfterSignIn);
    const created = await craftEasyCall(handler, "/categories", { method: "POST", token, body: { name: "Saved before answered", slug: "saved-before-answered" } });
    expect(state.writes).toBe(writesAfterSignIn + 1);

    const reloaded = createReferenceBackend({ seed: SEED, snapshot: (await state.read())! });
    const again = await craftEasyCall(reloaded, `/categories/${(created.json as Json).id}`, { token });
    expect(again.status).toBe(200);
    expect((again.json as Json).name).toBe("Saved before answered");
  });

  it("saves are coalesced: writes during a save share one more save, which includes them all", async () => {
    const state = memoryState();
    const reference = createReferenceBackend({ seed: SEED });
    const persistence = createDemoPersistence({ state, channel: null, snapshot: () => reference.snapshot(), restore: (v) => reference.restore(v) });
    state.hold = true;
    const first = persistence.save();
    reference.store.insert("categories", { name: "During the save", slug: "during" }, { actor: { userId: "u", userName: "u", ip: "" } });
    const second = persistence.save();
    const third = persistence.save();
    expect(second).toBe(third);
    state.hold = false;
    state.release();
    await Promise.all([first, second, third]);
    expect(state.writes).toBe(2);
    const saved = (await state.read())!;
    expect(saved.store.collections.categories!.some((r) => r.doc.slug === "during")).toBe(true);
  });

  it("another tab's save is taken over", async () => {
    const state = memoryState();
    const join = channels();
    const a = createReferenceBackend({ seed: SEED });
    const b = createReferenceBackend({ seed: SEED, snapshot: structuredClone(a.snapshot()) });
    const inA = persistingHandler(a, createDemoPersistence({ state, channel: join(), snapshot: () => a.snapshot(), restore: (v) => a.restore(v) }));
    createDemoPersistence({ state, channel: join(), snapshot: () => b.snapshot(), restore: (v) => b.restore(v) });
    const token = await craftEasySignIn(inA);
    const created = await craftEasyCall(inA, "/categories", { method: "POST", token, body: { name: "From tab A", slug: "from-tab-a" } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const seenInB = await craftEasyCall(b, `/categories/${(created.json as Json).id}`, { token });
    expect(seenInB.status).toBe(200);
  });
});
