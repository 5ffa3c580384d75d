// Merging the user's edits with the server's current version after a conflict (412, or a
// re-GET that shows a field the user edited changed on the server).
import type { Item, Versioned } from "../../backend/types.ts";
import { changedFields, sameValue } from "./form-values.ts";

export type ConflictChoice = "mine" | "theirs";

export interface ConflictRow {
  field: string;
  mine: unknown;
  theirs: unknown;
  /** Both the user and the server changed it (to different values). */
  both: boolean;
  /** Default choice: the user's value for fields they edited, else the server's. */
  initial: ConflictChoice;
}

export interface Conflict {
  /** The server's current record and version. */
  theirs: Item;
  version: string | null;
  rows: ConflictRow[];
}

function restrict(fields: string[], item: Item): Item {
  const out: Item = {};
  for (const f of fields) out[f] = item[f] === undefined ? null : item[f];
  return out;
}

/**
 * Rows for every form field where the user's value and the server's current value differ and at
 * least one side changed it since the form opened.
 */
export function conflictRows(fields: string[], baseline: Item, mine: Item, theirs: Item): ConflictRow[] {
  const userChanged = new Set(changedFields(restrict(fields, baseline), restrict(fields, mine)));
  const rows: ConflictRow[] = [];
  for (const f of fields) {
    const serverChanged = !sameValue(baseline[f], theirs[f]);
    if (!userChanged.has(f) && !serverChanged) continue;
    if (sameValue(mine[f], theirs[f])) continue;
    rows.push({
      field: f,
      mine: mine[f] ?? null,
      theirs: theirs[f] ?? null,
      both: userChanged.has(f) && serverChanged,
      initial: userChanged.has(f) ? "mine" : "theirs",
    });
  }
  return rows;
}

/** The conflict to show: the server's current version beside the user's values. */
export function conflictWith(fields: string[], baseline: Item, mine: Item, current: Versioned): Conflict {
  return { theirs: current.item, version: current.version, rows: conflictRows(fields, baseline, mine, current.item) };
}

/** True when a field the user edited was changed on the server to something else. */
export function hasEditConflict(fields: string[], baseline: Item, mine: Item, theirs: Item): boolean {
  return conflictRows(fields, baseline, mine, theirs).some((r) => r.both);
}

/**
 * The merged form values and the new baseline (the server's version): fields with a row take
 * the chosen side; every other field takes the server's value unless the user edited it.
 */
export function resolveConflict(
  fields: string[],
  baseline: Item,
  mine: Item,
  theirs: Item,
  choices: Record<string, ConflictChoice>,
): { values: Item; baseline: Item } {
  const userChanged = new Set(changedFields(restrict(fields, baseline), restrict(fields, mine)));
  const values: Item = {};
  for (const f of fields) {
    const choice = choices[f] ?? (userChanged.has(f) ? "mine" : "theirs");
    const v = choice === "mine" ? mine[f] : theirs[f];
    values[f] = v === undefined ? null : v;
  }
  return { values, baseline: restrict(fields, theirs) };
}
