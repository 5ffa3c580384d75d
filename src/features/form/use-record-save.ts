// Runs the record form's saves, one at a time, and keeps where the last one stands: saved,
// stopped on a version conflict, stopped because the session ended, or failed.
import { useCallback, useRef, useState, type RefObject } from "react";
import type { Id, Item, Versioned } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { isApiError } from "../../backend/api-error.ts";
import { useBackend } from "../../data/backend-context.tsx";
import { useCreateRecord } from "../../data/use-create-record.ts";
import { useUpdateRecord } from "../../data/use-update-record.ts";
import { conflictWith } from "./conflict.ts";
import { saveRecord } from "./save-record.ts";
import type { FormMode, SaveIntent, SavePhase } from "./types.ts";

export interface RecordSaveInput {
  resource: ResourceSchema;
  mode: FormMode;
  recordId: Id | null;
  names: string[];
  baseline: RefObject<Item>;
  version: RefObject<string | null>;
  /** What an edit with nothing to send reports as saved. */
  unchanged(mine: Item): Versioned;
  onStart(): void;
  onSaved(saved: Versioned, intent: SaveIntent): void;
  onFailed(error: unknown): void;
}

export interface RecordSave {
  phase: SavePhase;
  /** Save these values (by field name); ignored while another save runs. */
  run(mine: Item, intent: SaveIntent): Promise<void>;
  /** True from the moment a save starts (before the next render). */
  isSaving(): boolean;
  /** Back to editing (a conflict dismissed). */
  dismiss(): void;
}

export function useRecordSave(input: RecordSaveInput): RecordSave {
  const { resource, mode, recordId, names, baseline, version, unchanged, onStart, onSaved, onFailed } = input;
  const backend = useBackend();
  const { mutateAsync: create } = useCreateRecord(resource);
  const { mutateAsync: update } = useUpdateRecord(resource);
  const [phase, setPhase] = useState<SavePhase>({ kind: "editing" });
  const busy = useRef(false);

  const run = useCallback(
    async (mine: Item, intent: SaveIntent) => {
      if (busy.current) return; // one save at a time (double click, Enter twice)
      busy.current = true;
      onStart();
      setPhase({ kind: "saving" });
      let next: SavePhase = { kind: "editing" };
      try {
        const outcome = await saveRecord({
          backend,
          resource,
          mode,
          recordId,
          names,
          baseline: baseline.current,
          mine,
          version,
          unchanged: unchanged(mine),
          create,
          update,
        });
        if (outcome.kind === "saved") onSaved(outcome.saved, intent);
        else next = { kind: "conflict", conflict: conflictWith(names, baseline.current, mine, outcome.current), intent, mine };
      } catch (e) {
        if (isApiError(e) && e.authLost) next = { kind: "awaiting-sign-in", intent };
        else onFailed(e);
      } finally {
        busy.current = false;
        setPhase(next);
      }
    },
    [backend, baseline, create, mode, names, onFailed, onSaved, onStart, recordId, resource, unchanged, update, version],
  );
  const isSaving = useCallback(() => busy.current, []);
  const dismiss = useCallback(() => setPhase({ kind: "editing" }), []);
  return { phase, run, isSaving, dismiss };
}
