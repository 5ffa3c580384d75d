// Bulk actions for the list's selection: `Delete selected` (confirmation naming the count),
// bulk edit of chosen fields, and the backend's custom bulk actions. "All N matching" applies
// to the whole query: its ids are collected page by page first (with progress).
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import type { BulkActionInfo, Id, Item } from "../../backend/types.ts";
import { useBackend } from "../../data/backend-context.tsx";
import { useSchema } from "../../data/schema-context.tsx";
import { invalidateAfterWrite } from "../../data/invalidate-resource.ts";
import { useQueryKeys } from "../../data/use-query-keys.ts";
import { canBulkDelete, canDelete, canEdit } from "../../protocol/permissions.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { ModalDialog, ModalTitle } from "../../ui/modal-dialog.tsx";
import { showToast } from "../../ui/toast-store.ts";
import type { ListSelection } from "../shared/list-selection.ts";
import { selectionCount } from "../shared/list-selection.ts";
import { BulkEditFields, bulkEditableFields, bulkEditErrors } from "./bulk-edit-fields.tsx";
import { failureMessage } from "../shared/failure-message.ts";
import { bulkDeleteRows, bulkUpdateRows, runBulkAction, type BulkOutcome } from "./bulk-operations.ts";
import { collectSelection } from "./collect-selection.ts";
import { TaskProgress } from "../../ui/task-progress.tsx";
import { countWords, type CountWords } from "../shared/count-words.ts";
import { t } from "./messages.ts";
import "../../ui/task-dialog.css";
import "./bulk.css";

export interface BulkToolbarProps {
  resource: ResourceSchema;
  selection: ListSelection;
  /** Called after an action finished (the list clears its selection and refetches). */
  onDone: () => void;
}

type Action = { kind: "delete" } | { kind: "edit" } | { kind: "custom"; info: BulkActionInfo };

type Phase =
  | { step: "confirm" }
  | { step: "collecting"; done: number; total: number }
  | { step: "running"; done: number; total: number }
  | { step: "report"; outcome: BulkOutcome; note?: string }
  | { step: "error"; message: string };

export function BulkToolbar({ resource, selection, onDone }: BulkToolbarProps) {
  const backend = useBackend();
  const { resources } = useSchema();
  const caps = backend.capabilities();
  const queryClient = useQueryClient();
  const keys = useQueryKeys();
  const [action, setAction] = useState<Action | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: "confirm" });
  const [patch, setPatch] = useState<{ fields: string[]; values: Item }>({ fields: [], values: {} });
  const abortRef = useRef<AbortController | null>(null);
  const count = selectionCount(selection);
  const customActions = caps.bulkActions[resource.name] ?? [];
  const deletable = canDelete(resource) && (selection.kind === "ids" ? selection.ids.length <= 1 || canBulkDelete(resource) : canBulkDelete(resource));
  const editable = canEdit(resource) && bulkEditableFields(resource).length > 0;
  const words = countWords(resource);

  if (count === 0) return null;

  const open = (a: Action) => {
    setAction(a);
    setPhase({ step: "confirm" });
    setPatch({ fields: [], values: {} });
  };

  const close = () => {
    abortRef.current?.abort();
    abortRef.current = null;
    const finished = phase.step === "report";
    setAction(null);
    if (finished) onDone();
  };

  async function run(a: Action) {
    const controller = new AbortController();
    abortRef.current = controller;
    const signal = controller.signal;
    try {
      let ids: Id[];
      if (selection.kind === "all-matching") {
        setPhase({ step: "collecting", done: 0, total: selection.total });
        ids = (await collectSelection(backend, resource, selection, { signal, onProgress: (done, total) => setPhase({ step: "collecting", done, total }) })).ids;
      } else {
        ids = [...selection.ids];
      }
      if (signal.aborted) return;
      setPhase({ step: "running", done: 0, total: ids.length });
      const onProgress = (done: number, total: number) => setPhase({ step: "running", done, total });
      let outcome: BulkOutcome;
      let note: string | undefined;
      if (a.kind === "delete") outcome = await bulkDeleteRows(backend, resource, ids, { signal, onProgress, resources });
      else if (a.kind === "edit") {
        const body: Item = {};
        for (const f of patch.fields) body[f] = patch.values[f] ?? null;
        outcome = await bulkUpdateRows(backend, resource, ids, body, { signal, onProgress });
      } else {
        const r = await runBulkAction(backend, resource, a.info.name, ids, { signal, onProgress });
        outcome = r;
        if (typeof r.result === "string") note = r.result;
      }
      if (signal.aborted) return;
      await invalidateAfterWrite(queryClient, keys, resource);
      setPhase({ step: "report", outcome, note });
      if (outcome.failed.length === 0) showToast(doneToast(a, outcome.succeeded.length, words), { tone: "success" });
    } catch (e) {
      if (signal.aborted) return;
      setPhase({ step: "error", message: failureMessage(e) });
    }
  }

  const title = action === null ? "" : dialogTitle(action, phase, words, count);
  const busy = phase.step === "collecting" || phase.step === "running";
  const editInvalid = action?.kind === "edit" && (patch.fields.length === 0 || Object.keys(bulkEditErrors(resource, patch)).length > 0);

  return (
    <div className="bulk-toolbar" role="group" aria-label={t("bulkActions")}>
      {deletable && (
        <button type="button" className="btn" onClick={() => open({ kind: "delete" })}>
          {t("deleteSelected")}
        </button>
      )}
      {editable && (
        <button type="button" className="btn" onClick={() => open({ kind: "edit" })}>
          {t("editSelected")}
        </button>
      )}
      {backend.bulkAction &&
        customActions.map((info) => (
          <button key={info.name} type="button" className="btn" onClick={() => open({ kind: "custom", info })}>
            {info.label}
          </button>
        ))}
      {action !== null && (
        // Escape closes (cancels) even while busy; a press on the backdrop only when idle
        <ModalDialog className={action.kind === "edit" ? "modal modal-wide" : "modal"} onCancel={close} isDismissable={!busy}>
          <ModalTitle>{title}</ModalTitle>
          {phase.step === "confirm" && (
            <>
              {action.kind === "delete" && (
                <p>{t(selection.kind === "all-matching" ? "willBeDeletedAllMatching" : "willBeDeleted", { ...words, count })}</p>
              )}
              {action.kind === "custom" && <p>{action.info.confirm ?? t("runAction", { ...words, count, action: action.info.label })}</p>}
              {action.kind === "edit" && <BulkEditFields resource={resource} value={patch} onChange={setPatch} />}
              <div className="dialog-actions">
                <button type="button" className="btn" onClick={close}>
                  {t("cancel")}
                </button>
                <button
                  type="button"
                  className={action.kind === "delete" || (action.kind === "custom" && action.info.dangerous) ? "btn btn-danger" : "btn btn-primary"}
                  disabled={editInvalid}
                  onClick={() => void run(action)}
                >
                  {action.kind === "delete" ? t("deleteRows", { ...words, count }) : action.kind === "edit" ? t("updateRows", { ...words, count }) : action.info.label}
                </button>
              </div>
            </>
          )}
          {phase.step === "collecting" && <TaskProgress label={t("collecting")} done={phase.done} total={phase.total} />}
          {phase.step === "running" && <TaskProgress label={action.kind === "delete" ? t("deleting") : t("working")} done={phase.done} total={phase.total} />}
          {busy && (
            <div className="dialog-actions">
              <button type="button" className="btn" onClick={close}>
                {t("cancel")}
              </button>
            </div>
          )}
          {phase.step === "report" && <BulkReport outcome={phase.outcome} note={phase.note} />}
          {phase.step === "error" && (
            <p role="alert" className="alert">
              {phase.message}
            </p>
          )}
          {(phase.step === "report" || phase.step === "error") && (
            <div className="dialog-actions">
              <button type="button" className="btn btn-primary" onClick={close}>
                {t("close")}
              </button>
            </div>
          )}
        </ModalDialog>
      )}
    </div>
  );
}

/** The question while asking, the result once done ("Deleted: 3 orders", "Deleted: 2 of 3 orders"). */
function dialogTitle(action: Action, phase: Phase, words: CountWords, count: number): string {
  const name = action.kind === "custom" ? action.info.label : "";
  if (phase.step === "report") {
    const { succeeded, failed } = phase.outcome;
    const values = { ...words, action: name, done: succeeded.length, total: succeeded.length + failed.length };
    const all = failed.length === 0;
    if (action.kind === "delete") return t(all ? "deletedAll" : "deletedSome", values);
    if (action.kind === "edit") return t(all ? "updatedAll" : "updatedSome", values);
    return t(all ? "actionAll" : "actionSome", values);
  }
  const values = { ...words, action: name, count };
  if (action.kind === "delete") return t("deleteTitle", values);
  return t(action.kind === "edit" ? "editTitle" : "actionTitle", values);
}

/** The toast once every row is done ("Deleted: 3 orders"). */
function doneToast(a: Action, count: number, words: CountWords): string {
  if (a.kind === "delete") return t("deletedToast", { ...words, count });
  return a.kind === "edit" ? t("updatedToast", { ...words, count }) : t("actionToast", { ...words, action: a.info.label, count });
}

function BulkReport({ outcome, note }: { outcome: BulkOutcome; note?: string }) {
  return (
    <div>
      <p role="status">
        {t("report", { succeeded: outcome.succeeded.length, failed: outcome.failed.length })}
      </p>
      {note && <p className="muted">{note}</p>}
      {outcome.failed.length > 0 && (
        <ul className="failure-list" aria-label={t("failedRows")}>
          {outcome.failed.map((f) => (
            <li key={String(f.id)}>
              <strong>{String(f.id)}</strong>: {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
