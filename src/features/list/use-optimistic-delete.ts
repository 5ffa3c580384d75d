// Deleting a row from the list: asked for (the confirmation dialog), then removed from the rows at
// once and deleted on the server; put back, with an error toast, if the server refuses.
import { useState } from "react";
import type { ResourceSchema } from "../../protocol/types.ts";
import { useDeleteRecord } from "../../data/use-delete-record.ts";
import { showToast } from "../../ui/toast-store.ts";
import { useSchema } from "../../data/schema-context.tsx";
import { refusalMessage } from "../shared/refusal-message.ts";
import type { DeleteControl, DeleteTarget } from "./types.ts";
import { t } from "./messages.ts";

export interface OptimisticDelete extends DeleteControl {
  /** Ids (as strings) of the rows removed while their delete is under way or done. */
  removed: ReadonlySet<string>;
  ask(target: DeleteTarget): void;
}

export function useOptimisticDelete({ resource, onRemove }: { resource: ResourceSchema; onRemove(key: string): void }): OptimisticDelete {
  const deleteRecord = useDeleteRecord(resource);
  const { resources } = useSchema();
  const [removed, setRemoved] = useState<ReadonlySet<string>>(() => new Set());
  const [confirming, setConfirming] = useState<DeleteTarget | null>(null);
  const confirm = () => {
    const target = confirming;
    setConfirming(null);
    if (!target) return;
    const key = String(target.id);
    setRemoved((s) => new Set(s).add(key));
    onRemove(key);
    deleteRecord.mutate(
      { id: target.id },
      {
        onSuccess: () => showToast(t("deleted", { what: target.label }), { tone: "success" }),
        onError: (err) => {
          setRemoved((s) => {
            const next = new Set(s);
            next.delete(key);
            return next;
          });
          const refused = refusalMessage({ error: err, resource, resources });
          showToast(refused ? t("deleteRefused", { what: target.label, reason: refused }) : t("deleteFailed", { what: target.label, reason: err.message }), { tone: "error" });
        },
      },
    );
  };
  return { removed, confirming, ask: setConfirming, confirm, cancel: () => setConfirming(null) };
}
