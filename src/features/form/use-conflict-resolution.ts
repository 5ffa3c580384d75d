// The record form's side of a version conflict: the open conflict, and resolving it by merging
// the user's choices, taking the server's version as the new baseline, and saving again.
import { useCallback, type RefObject } from "react";
import type { Item } from "../../backend/types.ts";
import { resolveConflict, type ConflictChoice } from "./conflict.ts";
import type { ConflictResolution, SaveIntent, SavePhase } from "./types.ts";

export interface ConflictResolutionInput {
  phase: SavePhase;
  names: string[];
  baseline: RefObject<Item>;
  version: RefObject<string | null>;
  /** Put the merged values into the form. */
  apply(values: Item): void;
  resave(values: Item, intent: SaveIntent): Promise<void>;
  dismiss(): void;
}

export function useConflictResolution({ phase, names, baseline, version, apply, resave, dismiss }: ConflictResolutionInput): ConflictResolution {
  const open = phase.kind === "conflict" ? phase : null;
  const resolve = useCallback(
    (choices: Record<string, ConflictChoice>) => {
      if (!open) return;
      const merged = resolveConflict(names, baseline.current, open.mine, open.conflict.theirs, choices);
      baseline.current = merged.baseline;
      version.current = open.conflict.version;
      apply(merged.values);
      void resave(merged.values, open.intent);
    },
    [apply, baseline, names, open, resave, version],
  );
  return { pending: open?.conflict ?? null, resolve, cancel: dismiss };
}
