// "Delete" with a confirmation dialog ("Delete <record>?" with Delete / Cancel).
import { useState } from "react";
import type { Id } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { useDeleteRecord } from "../../data/use-delete-record.ts";
import { isApiError } from "../../backend/api-error.ts";
import { useSchema } from "../../data/schema-context.tsx";
import { refusalMessage } from "../shared/refusal-message.ts";
import { ConfirmDialog } from "./confirm-dialog.tsx";
import { t } from "./messages.ts";

export interface DeleteRecordButtonProps {
  resource: ResourceSchema;
  id: Id;
  version: string | null;
  /** How the record is named in the dialog, e.g. "Outdoor gear". */
  title: string;
  onDeleted(): void;
}

export function DeleteRecordButton({ resource, id, version, title, onDeleted }: DeleteRecordButtonProps) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = useDeleteRecord(resource);
  const { resources } = useSchema();
  const confirm = () => {
    setError(null);
    remove.mutate(
      { id, version },
      {
        onSuccess: () => {
          setOpen(false);
          onDeleted();
        },
        onError: (e) => {
          if (isApiError(e) && e.authLost) return; // the sign-in dialog takes over; try again after
          setError(
            refusalMessage({ error: e, resource, resources }) ??
              (isApiError(e) && e.status === 412
                ? t("deleteChanged")
                : t("deleteFailed", { reason: e.message })),
          );
        },
      },
    );
  };
  return (
    <>
      <button type="button" className="btn btn-danger" onClick={() => setOpen(true)}>
        {t("delete")}
      </button>
      <ConfirmDialog
        isOpen={open}
        title={t("deleteTitle", { title })}
        confirmLabel={t("delete")}
        danger
        busy={remove.isPending}
        error={error}
        onConfirm={confirm}
        onCancel={() => {
          setOpen(false);
          setError(null);
        }}
      >
        <p>{t("deleteText", { label: resource.label.toLowerCase() })}</p>
      </ConfirmDialog>
    </>
  );
}
