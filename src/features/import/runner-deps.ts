// What the import runner needs from the page: creates through the backend, the duplicate check
// on a mapped key field (find-existing.ts), the store, and the write concurrency.
import type { Backend } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import type { ImportRunnerDeps, RunProgress, RunStore } from "./core/types.ts";
import { findExistingFor, keyFieldFor } from "./find-existing.ts";

export interface RunnerDepsInput {
  backend: Backend;
  resource: ResourceSchema;
  store: RunStore;
  /** Default: the backend's writeConcurrency. */
  concurrency?: number;
  /** The fields the rows carry (a key field among them is used for the duplicate check). */
  mappedFields: string[];
  onProgress(progress: RunProgress): void;
}

export function runnerDeps({ backend, resource, store, concurrency, mappedFields, onProgress }: RunnerDepsInput): ImportRunnerDeps & { store: RunStore } {
  const keyField = keyFieldFor(resource, mappedFields);
  return {
    store,
    concurrency: concurrency ?? backend.capabilities().writeConcurrency,
    createRow: async (values, ctx) => {
      const created = await backend.create(resource, values, { signal: ctx.signal });
      return { id: backend.idOf(resource, created.item) };
    },
    findExisting: keyField ? findExistingFor(backend, resource, keyField) : undefined,
    onProgress,
  };
}
