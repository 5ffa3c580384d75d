// Drafts of a page form: what the user typed is kept in the browser (shortly after each change)
// and offered back when the same form opens again; a save clears it.
import { useCallback, useEffect, useState, type RefObject } from "react";
import type { Item } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { clearDraft, draftValues, draftWorthOffering, readDraft, writeDraft } from "./form-draft.ts";
import type { DraftOffer } from "./types.ts";

/** Typing pauses this long before the draft is written. */
const DRAFT_DELAY_MS = 300;

export interface FormDraftsInput {
  resource: ResourceSchema;
  /** The draft's storage key (backend, resource, record). */
  storageKey: string;
  /** False for embedded forms: no drafts at all. */
  enabled: boolean;
  baseline: RefObject<Item>;
  values: Item;
  /** True once saved: nothing more is written. */
  saved: RefObject<boolean>;
  /** Put restored values into the form. */
  apply(values: Item): void;
}

export interface FormDrafts extends DraftOffer {
  clear(): void;
}

export function useFormDrafts({ resource, storageKey, enabled, baseline, values, saved, apply }: FormDraftsInput): FormDrafts {
  const [offered, setOffered] = useState(() => (enabled ? draftWorthOffering(readDraft(storageKey), baseline.current) : null));

  useEffect(() => {
    // while a draft is on offer, writing would overwrite it before the user chose
    if (!enabled || offered || saved.current) return;
    const t = setTimeout(() => {
      if (!saved.current) writeDraft(storageKey, draftValues(baseline.current, values));
    }, DRAFT_DELAY_MS);
    return () => clearTimeout(t);
  }, [baseline, enabled, offered, saved, storageKey, values]);

  const restore = useCallback(() => {
    if (!offered) return;
    apply(Object.fromEntries(Object.entries(offered.values).filter(([name]) => !resource.fields[name]?.readonly)));
    setOffered(null);
  }, [apply, offered, resource]);
  const discard = useCallback(() => {
    clearDraft(storageKey);
    setOffered(null);
  }, [storageKey]);
  const clear = useCallback(() => {
    if (enabled) clearDraft(storageKey);
  }, [enabled, storageKey]);
  return { offered, restore, discard, clear };
}
