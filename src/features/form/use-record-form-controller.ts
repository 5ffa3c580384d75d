// The record form's headless controller (as ra-core's useEditController): field state and
// validation, drafts, saving with the record's ETag, conflict resolution, server errors and
// resuming a save after re-authentication, composed from smaller hooks into one typed result
// that the form's view parts read from context. It renders nothing, so it is tested without a page.
import { useCallback, useContext, useMemo, useRef, type FormEvent } from "react";
import type { Backend, Id, Item, Versioned } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { useBackend } from "../../data/backend-context.tsx";
import { SessionContext } from "../auth/session-context.ts";
import { showToast } from "../../ui/toast-store.ts";
import { changedFields, createFormValues, initialFormValues } from "./form-values.ts";
import { draftKey } from "./form-draft.ts";
import { useRecordFormState } from "./use-record-form-state.ts";
import { useFormErrors } from "./use-form-errors.ts";
import { useFormDrafts } from "./use-form-drafts.ts";
import { useRecordSave } from "./use-record-save.ts";
import { useConflictResolution } from "./use-conflict-resolution.ts";
import { useResumeAfterReauth } from "./use-resume-after-reauth.ts";
import type { FormMode, RecordFormController, RecordFormControllerProps, SaveIntent } from "./types.ts";
import { t } from "./messages.ts";

export function useRecordFormController(props: RecordFormControllerProps): RecordFormController {
  const { resource, mode, record, initialValues, onSaved, embedded = false } = props;
  const backend = useBackend();
  // optional: an embedded form may live outside the session provider (tests, previews)
  const sessionLost = useContext(SessionContext)?.lost ?? false;
  const recordId = useMemo(() => recordIdOf({ backend, resource, mode, record }), [backend, mode, record, resource]);
  // What the form started from (the record when it opened, or the server's version after a
  // merge) and the ETag the next save sends.
  const baseline = useRef<Item>(mode === "edit" ? initialFormValues(resource, record?.item) : createFormValues(resource, initialValues));
  const version = useRef<string | null>(record?.version ?? null);
  const saved = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);

  const { form, sections, names, keyOf, values, current, setValues, reset, reportInvalidInput } = useRecordFormState({
    resource,
    mode,
    initial: baseline.current,
  });
  const { messages, alertRef, showInvalid, showSaveError, clear: clearErrors, focusFirst } = useFormErrors({
    form,
    names,
    keyOf,
    formRef,
    operation: mode === "create" ? "create" : "update",
    resource,
  });
  const drafts = useFormDrafts({
    resource,
    storageKey: draftKey(backend.baseUrl, resource.name, mode === "edit" ? (recordId ?? "unknown") : "new"),
    enabled: !embedded,
    baseline,
    values,
    saved,
    apply: setValues,
  });
  const clearDraft = drafts.clear;

  const finish = useCallback(
    (result: Versioned, intent: SaveIntent) => {
      saved.current = true;
      clearDraft();
      if (intent === "save") {
        onSaved(result);
        return;
      }
      // save and add another: the same form again, as it first opened, for the next record
      showToast(t("createdToast", { label: resource.label }), { tone: "success" });
      baseline.current = createFormValues(resource, initialValues);
      reset(baseline.current);
      saved.current = false;
      clearErrors();
      requestAnimationFrame(() => focusFirst(names.filter((n) => !resource.fields[n]?.readonly)));
    },
    [clearDraft, clearErrors, focusFirst, initialValues, names, onSaved, reset, resource],
  );
  const unchanged = useCallback((mine: Item) => record ?? { item: mine, version: version.current }, [record]);
  const { phase, run, isSaving, dismiss } = useRecordSave({
    resource,
    mode,
    recordId,
    names,
    baseline,
    version,
    unchanged,
    onStart: clearErrors,
    onSaved: finish,
    onFailed: showSaveError,
  });
  const conflict = useConflictResolution({ phase, names, baseline, version, apply: setValues, resave: run, dismiss });
  const resume = useCallback((intent: SaveIntent) => void run(current(), intent), [current, run]);
  useResumeAfterReauth({ phase, sessionLost, resume });

  const validateThenSave = useCallback(
    (intent: SaveIntent, event?: FormEvent<HTMLFormElement>) => form.handleSubmit(() => run(current(), intent), showInvalid)(event),
    [current, form, run, showInvalid],
  );
  const intent = useRef<SaveIntent>("save");
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.stopPropagation(); // an embedded form must not submit the page's form
    if (isSaving()) {
      event.preventDefault(); // one save at a time
      return;
    }
    void validateThenSave(intent.current, event);
  };

  return {
    resource,
    mode,
    embedded,
    sections,
    form,
    keyOf,
    values,
    changed: changedFields(baseline.current, values),
    saving: phase.kind === "saving",
    saved: saved.current,
    formError: messages,
    awaitingSignIn: phase.kind === "awaiting-sign-in",
    draft: { offered: drafts.offered, restore: drafts.restore, discard: drafts.discard },
    conflict,
    save: (next = "save") => validateThenSave(next),
    submit,
    chooseIntent: (next) => void (intent.current = next),
    reportInvalidInput,
    formRef,
    alertRef,
  };
}

function recordIdOf({ backend, resource, mode, record }: { backend: Backend; resource: ResourceSchema; mode: FormMode; record?: Versioned }): Id | null {
  if (mode !== "edit" || !record) return null;
  try {
    return backend.idOf(resource, record.item);
  } catch {
    return null;
  }
}
