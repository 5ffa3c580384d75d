// What the activity feed shows for a record or a related value, given where its label stands:
// the label when found, else a readable stand-in (the name the entry itself carries, or a short
// id) — never a bare long id for a record the backend still has.
import type { Id } from "../../backend/types.ts";
import type { LabelState } from "./activity-labels.ts";
import { shortId } from "./activity-labels.ts";

/**
 * named: `text` is the record's label; pending: its label is on its way; gone: the backend no
 * longer has the record; unnamed: no label can be read (the record has no name-like field, or
 * the lookup failed).
 */
export type NameState = "named" | "pending" | "gone" | "unnamed";

export interface ShownName {
  text: string;
  state: NameState;
  /** The full id, for a tooltip when `text` is not the label. */
  id: string;
}

/** The name to show for record `id` from its label's state; `fallback` is a name known otherwise. */
export function shownName({ id, label, fallback }: { id: Id; label: LabelState | undefined; fallback?: string | null }): ShownName {
  const stand = fallback ?? shortId(id);
  const idText = String(id);
  // a backend without a label field answers with the id itself: that is no name
  if (label?.status === "found" && label.label !== null && label.label !== idText) return { text: label.label, state: "named", id: idText };
  const state: NameState = label?.status === "pending" ? "pending" : label?.status === "missing" ? "gone" : "unnamed";
  return { text: stand, state, id: idText };
}
