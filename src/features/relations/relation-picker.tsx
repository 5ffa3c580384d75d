// The relation picker: an accessible combobox (WAI-ARIA APG, relation-combobox.tsx) over the
// related endpoint, searched on `search_field` with the static `filters` (both applied by the
// adapter), paged with infinite scroll in a virtualised list. Single values show their
// `label_field` in the input; multi values are removable (and, in forms, reorderable) chips. The
// logic is the controller's (useRelationPicker); the parts below read what they show from its context.
import { lazy, Suspense } from "react";
import { useRelationPicker } from "./use-relation-picker.ts";
import { RelationPickerContext, useRelationPickerContext } from "./relation-picker-context.ts";
import { RelationCombobox } from "./relation-combobox.tsx";
import { RelationPickerActions } from "./relation-picker-actions.tsx";
import { RelationChips } from "./relation-chips.tsx";
import type { RelationPickerProps } from "./types.ts";
import { t } from "./messages.ts";
import "./relation-picker.css";

const CreateRelatedDialog = lazy(() => import("./create-related-dialog.tsx").then((m) => ({ default: m.CreateRelatedDialog })));

export function RelationPicker(props: RelationPickerProps) {
  const controller = useRelationPicker(props);
  const { variant, multiple } = controller;
  return (
    <RelationPickerContext value={controller}>
      <div className={`rp rp-${variant}${multiple ? " rp-multi" : ""}`}>
        <div className="rp-row">
          <RelationCombobox />
          <RelationPickerActions />
        </div>
        <ChosenChips />
        <UnknownRecordWarning />
        <CreateRelated />
      </div>
    </RelationPickerContext>
  );
}

function ChosenChips() {
  const { name, field, label, multiple, ids, labels, variant, disabled, hrefOf, setIds, focusInput } = useRelationPickerContext();
  if (!multiple || ids.length === 0) return null;
  return (
    <RelationChips
      name={name}
      field={field}
      label={label}
      ids={ids}
      labelOf={labels.labelOf}
      pending={labels.isLoading}
      reorderable={variant === "form" && !disabled}
      disabled={disabled}
      hrefOf={hrefOf}
      onChange={setIds}
      onEmptied={focusInput}
    />
  );
}

function UnknownRecordWarning() {
  const { multiple, unknownSingle, single } = useRelationPickerContext();
  if (multiple || !unknownSingle) return null;
  return (
    <p className="rp-warning">
      <span aria-hidden="true">⚠</span> {t("unknownRecord", { id: String(single) })}
    </p>
  );
}

function CreateRelated() {
  const { creating, related, owner, name, cancelCreating, created } = useRelationPickerContext();
  if (!creating || !related) return null;
  return (
    <Suspense fallback={null}>
      <CreateRelatedDialog owner={owner} field={name} related={related} onCancel={cancelCreating} onCreated={created} />
    </Suspense>
  );
}
