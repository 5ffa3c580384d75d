// A draft of an open form in localStorage (per backend, resource and record), so a reload does
// not lose what was typed. The form offers it back as "Restore draft" / "Discard".
import type { Item } from "../../backend/types.ts";
import { localStorageOrNull } from "../../backend/browser-storage.ts";
import { changedFields } from "./form-values.ts";

export interface FormDraft {
  /** The changed fields only. */
  values: Item;
  savedAt: number;
}

const PREFIX = "atrium:draft:";

export function draftKey(baseUrl: string, resource: string, id: string | number | null | undefined): string {
  return `${PREFIX}${baseUrl}|${resource}|${id === null || id === undefined || id === "" ? "new" : String(id)}`;
}

export function readDraft(key: string): FormDraft | null {
  const s = localStorageOrNull();
  if (!s) return null;
  try {
    const raw = s.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as unknown;
    if (!parsed || typeof parsed !== "object") return null;
    const d = parsed as Partial<FormDraft>;
    if (!d.values || typeof d.values !== "object" || Object.keys(d.values).length === 0) return null;
    return { values: d.values, savedAt: typeof d.savedAt === "number" ? d.savedAt : 0 };
  } catch {
    return null;
  }
}

export function writeDraft(key: string, values: Item): void {
  const s = localStorageOrNull();
  if (!s) return;
  try {
    if (Object.keys(values).length === 0) s.removeItem(key);
    else s.setItem(key, JSON.stringify({ values, savedAt: Date.now() } satisfies FormDraft));
  } catch {
    // quota or privacy mode: drafts are a convenience
  }
}

export function clearDraft(key: string): void {
  try {
    localStorageOrNull()?.removeItem(key);
  } catch {
    // ignore
  }
}

/** The draft, when it changes at least one field the form has; null otherwise. */
export function draftWorthOffering(draft: FormDraft | null, baseline: Item): FormDraft | null {
  if (!draft) return null;
  const differs = Object.entries(draft.values).some(
    ([k, v]) => Object.hasOwn(baseline, k) && changedFields({ [k]: baseline[k] }, { [k]: v }).length > 0,
  );
  return differs ? draft : null;
}

/** What a draft stores: the changed fields only. */
export function draftValues(baseline: Item, values: Item): Item {
  return Object.fromEntries(changedFields(baseline, values).map((k) => [k, values[k]]));
}
