// The run store the wizard uses: IndexedDB where the browser has it (a run survives a reload),
// else memory (no resume).
import { IdbRunStore } from "./core/idb-run-store.ts";
import { MemoryRunStore } from "./core/run-store.ts";
import type { RunStore } from "./core/types.ts";

let shared: RunStore | null = null;

export function defaultRunStore(): RunStore {
  if (!shared) shared = IdbRunStore.available() ? new IdbRunStore() : new MemoryRunStore();
  return shared;
}
