// The 412 / changed-on-server dialog: the server's current version beside the user's changes,
// field by field; keep mine, take theirs, or choose per field, then save again.
import { useState } from "react";
import { ModalDialog, ModalTitle } from "../../ui/modal-dialog.tsx";
import type { ResourceSchema } from "../../protocol/types.ts";
import { fieldLabel } from "../../protocol/labels.ts";
import { FieldDisplay } from "../../widgets/field-display.tsx";
import type { Conflict, ConflictChoice } from "./conflict.ts";
import { t } from "./messages.ts";

export interface ConflictDialogProps {
  resource: ResourceSchema;
  conflict: Conflict | null;
  onResolve(choices: Record<string, ConflictChoice>): void;
  onCancel(): void;
}

export function ConflictDialog({ resource, conflict, onResolve, onCancel }: ConflictDialogProps) {
  if (!conflict) return null;
  return (
    <ModalDialog className="modal rf-conflict-modal" onCancel={onCancel} isDismissable>
      <ConflictBody resource={resource} conflict={conflict} onResolve={onResolve} onCancel={onCancel} />
    </ModalDialog>
  );
}

function ConflictBody({ resource, conflict, onResolve, onCancel }: ConflictDialogProps & { conflict: Conflict }) {
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>(() =>
    Object.fromEntries(conflict.rows.map((r) => [r.field, r.initial])),
  );
  const setAll = (c: ConflictChoice) => setChoices(Object.fromEntries(conflict.rows.map((r) => [r.field, c])));
  return (
    <>
      <ModalTitle>{t("conflictTitle")}</ModalTitle>
      <p>{t("conflictIntro", { label: resource.label.toLowerCase() })}</p>
      {conflict.rows.length === 0 ? (
        <p className="muted">{t("conflictNoOverlap")}</p>
      ) : (
        <div className="rf-conflict-rows">
          <div className="rf-conflict-head" aria-hidden="true">
            <span>{t("conflictField")}</span>
            <span>{t("conflictMine")}</span>
            <span>{t("conflictTheirs")}</span>
          </div>
          {conflict.rows.map((row) => {
            const field = resource.fields[row.field];
            if (!field) return null;
            const label = fieldLabel(row.field, field);
            const choice = choices[row.field] ?? row.initial;
            const group = `rf-conflict-${row.field}`;
            return (
              <fieldset key={row.field} className={`rf-conflict-row${row.both ? " rf-conflict-both" : ""}`}>
                <legend>
                  {label}
                  {row.both && <span className="rf-conflict-tag"> {t("conflictBoth")}</span>}
                </legend>
                <label className={`rf-conflict-choice${choice === "mine" ? " is-chosen" : ""}`}>
                  <input
                    type="radio"
                    name={group}
                    value="mine"
                    checked={choice === "mine"}
                    onChange={() => setChoices((c) => ({ ...c, [row.field]: "mine" }))}
                  />
                  <span className="rf-conflict-side">{t("keepMine")}</span>
                  <span className="rf-conflict-value">
                    <FieldDisplay name={row.field} field={field} value={row.mine} variant="detail" />
                  </span>
                </label>
                <label className={`rf-conflict-choice${choice === "theirs" ? " is-chosen" : ""}`}>
                  <input
                    type="radio"
                    name={group}
                    value="theirs"
                    checked={choice === "theirs"}
                    onChange={() => setChoices((c) => ({ ...c, [row.field]: "theirs" }))}
                  />
                  <span className="rf-conflict-side">{t("takeTheirs")}</span>
                  <span className="rf-conflict-value">
                    <FieldDisplay name={row.field} field={field} value={row.theirs} variant="detail" />
                  </span>
                </label>
              </fieldset>
            );
          })}
        </div>
      )}
      <div className="rf-actions">
        <button type="button" className="btn btn-primary" onClick={() => onResolve(choices)}>
          {t("save")}
        </button>
        {conflict.rows.length > 0 && (
          <>
            <button type="button" className="btn" onClick={() => setAll("mine")}>
              {t("keepAllMine")}
            </button>
            <button type="button" className="btn" onClick={() => setAll("theirs")}>
              {t("takeAllTheirs")}
            </button>
          </>
        )}
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </>
  );
}
