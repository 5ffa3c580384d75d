// The one generic record form: every resource, create and edit, laid out from `form.groups`,
// validated from FieldSchema, saved with only the changed fields and the record's ETag, with
// conflict resolution, server error mapping, drafts, an unsaved-changes guard and resume after
// re-authentication. Used by the record pages and (embedded) by the relation picker's
// "Create new" dialog.
import { useCallback, useContext, useEffect, useMemo, useRef, useState, type FormEvent, type MouseEvent } from "react";
import { Controller, useForm, useWatch, type FieldErrors } from "react-hook-form";
import { useQuery } from "@tanstack/react-query";
import type { ResourceSchema } from "../../protocol/types.ts";
import type { Id, Item, Versioned } from "../../backend/types.ts";
import { isApiError } from "../../backend/api-error.ts";
import { validateFieldValue } from "../../protocol/field-validation.ts";
import { isServerManaged } from "../../protocol/server-managed.ts";
import { useBackend } from "../../data/backend-context.tsx";
import { useQueryKeys } from "../../data/use-query-keys.ts";
import { useCreateRecord } from "../../data/use-create-record.ts";
import { useUpdateRecord } from "../../data/use-update-record.ts";
import { SessionContext } from "../auth/session-context.ts";
import { showToast } from "../../ui/toast-store.ts";
import { formSections } from "./form-layout.ts";
import { FormSectionFrame } from "./form-section-frame.tsx";
import { changedFields, createBody, initialFormValues, updateBody } from "./form-values.ts";
import { conflictRows, hasEditConflict, resolveConflict, type Conflict, type ConflictChoice } from "./conflict.ts";
import { FormField, focusField } from "./form-field.tsx";
import { ConflictDialog } from "./conflict-dialog.tsx";
import { UnsavedChangesGuard } from "./unsaved-changes-guard.tsx";
import { clearDraft, draftKey, readDraft, writeDraft, type FormDraft } from "./form-draft.ts";
import { saveErrorMessage } from "./save-error-message.ts";
import "./form.css";

export interface RecordFormProps {
  resource: ResourceSchema;
  mode: "create" | "edit";
  /** Edit: the loaded record and its version. Create: optional pre-filled values (duplicate). */
  record?: Versioned;
  initialValues?: Item;
  onSaved: (saved: Versioned) => void;
  onCancel: () => void;
  /** Inside a dialog: no page-level unsaved-changes guard or draft persistence. */
  embedded?: boolean;
}

/** Loads the create-mode schema where the dialect has one (litestar-admin), then the form. */
export function RecordForm(props: RecordFormProps) {
  const backend = useBackend();
  const keys = useQueryKeys();
  const wantsCreateSchema = props.mode === "create" && typeof backend.createFormSchema === "function";
  const createSchema = useQuery({
    queryKey: [...keys.all, "create-form", props.resource.name],
    queryFn: ({ signal }) => backend.createFormSchema!(props.resource, { signal }),
    enabled: wantsCreateSchema,
    staleTime: 5 * 60_000,
  });
  if (wantsCreateSchema && createSchema.isPending) {
    return (
      <p role="status" className="muted">
        Loading the form…
      </p>
    );
  }
  // a failed create-schema load falls back to the resource's own form
  const resource = wantsCreateSchema && createSchema.data ? createSchema.data : props.resource;
  return <RecordFormBody {...props} resource={resource} />;
}

type Intent = "save" | "save-and-add";

const keyOf = (i: number) => `f${i}`;

function RecordFormBody({ resource, mode, record, initialValues, onSaved, onCancel, embedded = false }: RecordFormProps) {
  const backend = useBackend();
  // optional: an embedded form may live outside the session provider (tests, previews)
  const sessionLost = useContext(SessionContext)?.lost ?? false;
  const create = useCreateRecord(resource);
  const update = useUpdateRecord(resource);
  const rootRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const sections = useMemo(() => formSections(resource), [resource]);
  const names = useMemo(() => sections.flatMap((s) => s.fields), [sections]);
  const keyByName = useMemo(() => new Map(names.map((n, i) => [n, keyOf(i)])), [names]);
  const toForm = useCallback((values: Item) => Object.fromEntries(names.map((n, i) => [keyOf(i), values[n] ?? null])), [names]);
  const fromForm = useCallback((values: Item) => Object.fromEntries(names.map((n, i) => [n, values[keyOf(i)] ?? null])), [names]);

  const recordId: Id | null = useMemo(() => {
    if (mode !== "edit" || !record) return null;
    try {
      return backend.idOf(resource, record.item);
    } catch {
      return null;
    }
  }, [backend, mode, record, resource]);

  // What the form started from (the record when it opened, or the server's version after a
  // merge) and the ETag the next save sends.
  const baselineRef = useRef<Item>(initialFormValues(resource, mode === "edit" ? record?.item : initialValues));
  const versionRef = useRef<string | null>(record?.version ?? null);

  const form = useForm<Item>({
    defaultValues: toForm(baselineRef.current),
    mode: "onBlur",
    reValidateMode: "onChange",
    shouldFocusError: false,
  });
  const watched = useWatch({ control: form.control });
  const values = fromForm(watched);
  const changed = changedFields(baselineRef.current, values);
  const dirty = changed.length > 0;

  const invalidInput = useRef<Record<string, string | null>>({});
  const [formError, setFormError] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const [conflict, setConflict] = useState<{ conflict: Conflict; intent: Intent; mine: Item } | null>(null);
  const [resumeAfterSignIn, setResumeAfterSignIn] = useState<Intent | null>(null);
  const savedRef = useRef(false);

  // ---- drafts (page forms only)
  const storageKey = draftKey(backend.baseUrl, resource.name, mode === "edit" ? (recordId ?? "unknown") : "new");
  const [offeredDraft, setOfferedDraft] = useState<FormDraft | null>(() => {
    if (embedded) return null;
    const d = readDraft(storageKey);
    if (!d) return null;
    const start = baselineRef.current;
    return Object.entries(d.values).some(([k, v]) => Object.hasOwn(start, k) && changedFields({ [k]: start[k] }, { [k]: v }).length > 0)
      ? d
      : null;
  });
  useEffect(() => {
    if (embedded || offeredDraft || savedRef.current) return;
    const t = setTimeout(() => {
      if (savedRef.current) return;
      const current = fromForm(form.getValues());
      const diff = changedFields(baselineRef.current, current);
      writeDraft(storageKey, Object.fromEntries(diff.map((k) => [k, current[k]])));
    }, 300);
    return () => clearTimeout(t);
  }, [watched, embedded, offeredDraft, storageKey, form, fromForm]);

  const restoreDraft = () => {
    if (!offeredDraft) return;
    for (const [name, v] of Object.entries(offeredDraft.values)) {
      const key = keyByName.get(name);
      if (key && !resource.fields[name]?.readonly) form.setValue(key, v, { shouldDirty: true });
    }
    setOfferedDraft(null);
  };
  const discardDraft = () => {
    clearDraft(storageKey);
    setOfferedDraft(null);
  };

  // ---- errors and focus
  const focusFirst = useCallback(
    (fieldNames: string[]) => {
      const first = names.find((n) => fieldNames.includes(n));
      if (first) focusField(rootRef.current, first);
    },
    [names],
  );

  const onInvalid = (errors: FieldErrors<Item>) => {
    const bad = names.filter((n) => errors[keyByName.get(n) ?? ""]);
    setFormError([`Please correct ${bad.length === 1 ? "the marked field" : `the ${bad.length} marked fields`}.`]);
    focusFirst(bad);
  };

  const showServerError = useCallback(
    (e: unknown) => {
      if (!isApiError(e)) {
        setFormError([e instanceof Error ? e.message : "Saving failed."]);
        requestAnimationFrame(() => alertRef.current?.focus());
        return;
      }
      const mapped: string[] = [];
      const unmapped: string[] = [];
      const fieldErrors = [...e.fieldErrors];
      // a unique-key conflict (Craft Easy 409 CONFLICT) names its field in `details.field`
      const detailField = isRecordLike(e.details) && typeof e.details.field === "string" ? e.details.field : null;
      if (fieldErrors.length === 0 && e.status === 409 && detailField) fieldErrors.push({ field: detailField, message: e.message });
      for (const fe of fieldErrors) {
        const name = matchField(fe.field, names);
        const key = name ? keyByName.get(name) : undefined;
        if (name && key) {
          form.setError(key, { type: "server", message: fe.message });
          mapped.push(name);
        } else {
          unmapped.push(fe.field ? `${fe.field}: ${fe.message}` : fe.message);
        }
      }
      const messages = [saveErrorMessage({ error: e, operation: mode === "create" ? "create" : "update", mappedFields: mapped.length }), ...unmapped];
      setFormError(messages);
      if (mapped.length > 0) focusFirst(mapped);
      else requestAnimationFrame(() => alertRef.current?.focus());
    },
    [focusFirst, form, keyByName, mode, names],
  );

  // ---- saving
  const finish = useCallback(
    (saved: Versioned, intent: Intent) => {
      savedRef.current = true;
      if (!embedded) clearDraft(storageKey);
      if (intent === "save-and-add") {
        showToast(`${resource.label} created.`, { tone: "success" });
        baselineRef.current = initialFormValues(resource, initialValues);
        form.reset(toForm(baselineRef.current));
        savedRef.current = false;
        setFormError(null);
        requestAnimationFrame(() => {
          const first = names.find((n) => !resource.fields[n]?.readonly);
          if (first) focusField(rootRef.current, first);
        });
        return;
      }
      onSaved(saved);
    },
    [embedded, form, initialValues, names, onSaved, resource, storageKey, toForm],
  );

  const openConflict = useCallback(
    (current: Versioned, mine: Item, intent: Intent) => {
      setConflict({
        conflict: { theirs: current.item, version: current.version, rows: conflictRows(names, baselineRef.current, mine, current.item) },
        intent,
        mine,
      });
    },
    [names],
  );

  const save = useCallback(
    async (mine: Item, intent: Intent) => {
      if (busyRef.current) return; // one save at a time (double click, Enter twice)
      busyRef.current = true;
      setFormError(null);
      setBusy(true);
      try {
        if (mode === "create") {
          const saved = await create.mutateAsync(createBody(resource, mine));
          finish(saved, intent);
          return;
        }
        if (recordId === null) throw new Error("This record has no id; it cannot be saved.");
        if (backend.capabilities().concurrency === "none") {
          // last write wins on the server: look before writing
          const current = await backend.get(resource, recordId);
          if (hasEditConflict(names, baselineRef.current, mine, current.item)) {
            openConflict(current, mine, intent);
            return;
          }
        }
        const patch = updateBody(resource, baselineRef.current, mine);
        if (Object.keys(patch).length === 0) {
          finish(record ?? { item: mine, version: versionRef.current }, intent);
          return;
        }
        let saved: Versioned;
        try {
          saved = await update.mutateAsync({ id: recordId, patch, version: versionRef.current });
        } catch (e) {
          if (!isApiError(e) || (e.status !== 412 && e.status !== 428)) throw e;
          const current = await backend.get(resource, recordId);
          if (e.status === 412 || hasEditConflict(names, baselineRef.current, mine, current.item)) {
            openConflict(current, mine, intent);
            return;
          }
          // 428: the ETag was missing; take the fresh one and try once more
          versionRef.current = current.version;
          saved = await update.mutateAsync({ id: recordId, patch, version: current.version });
        }
        versionRef.current = saved.version;
        finish(saved, intent);
      } catch (e) {
        if (isApiError(e) && e.authLost) {
          setResumeAfterSignIn(intent);
          return;
        }
        if (isApiError(e) && e.status === 412) {
          // a second conflict while resolving the first: show it again
          if (recordId !== null) {
            try {
              openConflict(await backend.get(resource, recordId), mine, intent);
              return;
            } catch {
              // fall through to the error
            }
          }
        }
        showServerError(e);
      } finally {
        busyRef.current = false;
        setBusy(false);
      }
    },
    [backend, create, finish, mode, names, openConflict, record, recordId, resource, showServerError, update],
  );

  // Resume the save once the user has signed in again (the shell shows the dialog).
  useEffect(() => {
    if (resumeAfterSignIn && !sessionLost) {
      const intent = resumeAfterSignIn;
      setResumeAfterSignIn(null);
      void save(fromForm(form.getValues()), intent);
    }
  }, [resumeAfterSignIn, sessionLost, save, form, fromForm]);

  const intentRef = useRef<Intent>("save");
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.stopPropagation(); // an embedded form must not submit the page's form
    if (busyRef.current) {
      e.preventDefault(); // one save at a time
      return;
    }
    void form.handleSubmit((v) => save(fromForm(v), intentRef.current), onInvalid)(e);
  };

  const resolve = (choices: Record<string, ConflictChoice>) => {
    if (!conflict) return;
    const { conflict: c, mine, intent } = conflict;
    const merged = resolveConflict(names, baselineRef.current, mine, c.theirs, choices);
    baselineRef.current = merged.baseline;
    versionRef.current = c.version;
    for (const [name, v] of Object.entries(merged.values)) {
      const key = keyByName.get(name);
      if (key) form.setValue(key, v, { shouldDirty: true });
    }
    setConflict(null);
    void save(merged.values, intent);
  };

  const label = resource.label.toLowerCase();
  const showAddAnother = mode === "create" && !embedded;

  return (
    <form ref={rootRef} className="record-form" noValidate onSubmit={onSubmit} aria-label={mode === "create" ? `New ${label}` : `Edit ${label}`}>
      {offeredDraft && (
        <div className="banner rf-draft" role="region" aria-label="Unsaved draft">
          <p>
            You have an unsaved draft of this form from {new Date(offeredDraft.savedAt).toLocaleString()}.
          </p>
          <div className="rf-actions">
            <button type="button" className="btn btn-primary" onClick={restoreDraft}>
              Restore draft
            </button>
            <button type="button" className="btn" onClick={discardDraft}>
              Discard
            </button>
          </div>
        </div>
      )}
      {formError && (
        <div className="rf-form-error" role="alert" ref={alertRef} tabIndex={-1}>
          {formError.map((m, i) => (
            <p key={i}>{m}</p>
          ))}
        </div>
      )}
      {resumeAfterSignIn && (
        <p role="status" className="rf-status">
          Your session ended before the save finished. Sign in again and it continues; nothing you typed is lost.
        </p>
      )}
      {sections.map((section, si) => {
        const body = (
          <div className="rf-grid">
            {section.fields.map((name) => {
              const schemaField = resource.fields[name];
              const key = keyByName.get(name);
              if (!schemaField || !key) return null;
              // server-managed fields are never sent, so never editable, even when not marked readonly
              const field = isServerManaged(name) && !schemaField.readonly ? { ...schemaField, readonly: true } : schemaField;
              return (
                <Controller
                  key={name}
                  control={form.control}
                  name={key}
                  rules={{
                    validate: (v: unknown) => invalidInput.current[name] ?? validateFieldValue(name, field, v, { mode }) ?? true,
                  }}
                  render={({ field: ctl, fieldState }) => (
                    <FormField
                      name={name}
                      field={field}
                      value={ctl.value}
                      onChange={ctl.onChange}
                      onBlur={ctl.onBlur}
                      onInvalidInput={(message) => {
                        invalidInput.current[name] = message;
                        if (message) form.setError(key, { type: "input", message });
                        else if (fieldState.error?.type === "input") form.clearErrors(key);
                      }}
                      error={fieldState.error?.message}
                    />
                  )}
                />
              );
            })}
          </div>
        );
        return (
          <FormSectionFrame key={si} section={section} headingId={`rf-s-${si}`}>
            {body}
          </FormSectionFrame>
        );
      })}
      <div className="rf-actions rf-form-actions">
        <button
          type="submit"
          className="btn btn-primary"
          aria-busy={busy || undefined}
          onMouseDown={keepFocus}
          onClick={() => (intentRef.current = "save")}
        >
          Save
        </button>
        {showAddAnother && (
          <button type="submit" className="btn" onMouseDown={keepFocus} onClick={() => (intentRef.current = "save-and-add")}>
            Save and add another
          </button>
        )}
        <button type="button" className="btn btn-ghost" onMouseDown={keepFocus} onClick={onCancel}>
          Cancel
        </button>
        {busy && (
          <span role="status" className="muted">
            Saving…
          </span>
        )}
      </div>
      <ConflictDialog resource={resource} conflict={conflict?.conflict ?? null} onResolve={resolve} onCancel={() => setConflict(null)} />
      {!embedded && <UnsavedChangesGuard when={dirty && !savedRef.current && !busy} />}
    </form>
  );
}

/**
 * Pressing a form button must not blur the field first: blur validation would insert an error
 * message, move the button away from the pointer and swallow the click.
 */
function keepFocus(e: MouseEvent<HTMLButtonElement>) {
  if (e.button === 0) e.preventDefault();
}

function isRecordLike(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The form field a server error names: exactly, or by its last/first path segment. */
function matchField(path: string, names: string[]): string | null {
  if (!path) return null;
  if (names.includes(path)) return path;
  const parts = path.split(/[.[\]/]+/).filter(Boolean);
  for (const p of [...parts].reverse()) if (names.includes(p)) return p;
  return null;
}
