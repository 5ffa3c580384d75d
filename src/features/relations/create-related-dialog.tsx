// "Create new" for a relation: the related resource's form (lazy) in a modal dialog; on save the
// new record's label goes into the label cache and the picker selects it.
import { lazy, Suspense } from "react";
import { useQueryClient } from "@tanstack/react-query";
import type { RelationOption, Versioned } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { useQueryKeys } from "../../data/use-query-keys.ts";
import { seedRelationLabels } from "../../data/use-relation-labels.ts";
import { ModalDialog, ModalTitle } from "../../ui/modal-dialog.tsx";
import { toId } from "./relation-value.ts";
import { t } from "./messages.ts";

const RecordForm = lazy(() => import("../form/record-form.tsx").then((m) => ({ default: m.RecordForm })));

/** The option for a record saved in the related resource (its value_field and label_field). */
export function optionFromSaved(owner: ResourceSchema, field: string, saved: Versioned): RelationOption | null {
  const relation = owner.fields[field]?.relation;
  const item = saved.item;
  const value = toId(relation ? item[relation.value_field] : undefined) ?? toId(item);
  if (value === null) return null;
  const rawLabel = relation ? item[relation.label_field] : undefined;
  const label = typeof rawLabel === "string" || typeof rawLabel === "number" ? String(rawLabel) : String(value);
  return { value, label, item };
}

export interface CreateRelatedDialogProps {
  owner: ResourceSchema;
  field: string;
  related: ResourceSchema;
  onCreated(option: RelationOption): void;
  onCancel(): void;
}

export function CreateRelatedDialog({ owner, field, related, onCreated, onCancel }: CreateRelatedDialogProps) {
  const client = useQueryClient();
  const keys = useQueryKeys();
  const title = t("newTitle", { label: related.label });
  return (
    <ModalDialog className="modal rp-modal" onCancel={onCancel} isDismissable>
      <ModalTitle>{title}</ModalTitle>
      <Suspense fallback={<p className="rp-muted">{t("loadingForm")}</p>}>
        <RecordForm
          resource={related}
          mode="create"
          embedded
          onCancel={onCancel}
          onSaved={(saved) => {
            const option = optionFromSaved(owner, field, saved);
            void client.invalidateQueries({ queryKey: [...keys.all, "relation-search", owner.name, field] });
            void client.invalidateQueries({ queryKey: keys.lists(related.name) });
            if (!option) {
              onCancel();
              return;
            }
            seedRelationLabels(client, keys, owner, field, [option]);
            onCreated(option);
          }}
        />
      </Suspense>
    </ModalDialog>
  );
}
