// The relation picker's headless controller: the chosen ids and their labels, the search behind
// the popup, the input's text, and every change the user makes (pick, clear, revert, create),
// as one typed result that the picker's view parts read from context.
import { useId, useMemo, useState } from "react";
import { useHref, useInRouterContext } from "react-router";
import type { RelationOption } from "../../backend/types.ts";
import { canCreate } from "../../protocol/permissions.ts";
import { useSchema } from "../../data/schema-context.tsx";
import { useRelationLabels } from "../../data/use-relation-labels.ts";
import { owningResource, recordPath, relatedResource } from "./relation-resources.ts";
import { useRelationSearch } from "./use-relation-search.ts";
import { useRelationInput } from "./use-relation-input.ts";
import { toIds, toggleId } from "./relation-value.ts";
import { sharedLabels } from "./relation-text.ts";
import type { RelationPickerController, RelationPickerProps } from "./types.ts";

export function useRelationPicker(props: RelationPickerProps): RelationPickerController {
  const { name, field, label, multiple, value, onChange } = props;
  const variant = props.variant ?? "form";
  const required = Boolean(props.required);
  const disabled = Boolean(props.disabled);
  const schema = useSchema();
  const owner = useMemo(() => owningResource(schema, name, field), [schema, name, field]);
  const related = relatedResource(schema, field.relation);
  const prefix = useRoutePrefix();
  const fallbackId = useId();
  const inputId = props.id ?? fallbackId;

  const ids = useMemo(() => toIds(value), [value]);
  const single = multiple ? null : (ids[0] ?? null);
  const chosen = useMemo(() => new Set(ids.map(String)), [ids]);
  const labels = useRelationLabels(owner, name, ids);
  const currentText = single === null ? "" : (labels.labelOf(single) ?? String(single));
  const input = useRelationInput({ multiple, currentText });
  const search = useRelationSearch(owner, name, input.typed, { enabled: input.open, debounceMs: props.debounceMs });
  const ambiguous = useMemo(() => sharedLabels(search.options.map((o) => o.label)), [search.options]);
  const [creating, setCreating] = useState(false);

  /** Picks an option: a single value closes the popup, a multi value toggles and keeps it open. */
  const pick = (option: RelationOption) => {
    if (multiple) onChange(toggleId(ids, option.value));
    else {
      if (String(option.value) !== String(single)) onChange(option.value);
      input.setOpen(false);
    }
    input.stop();
  };
  /** Leave editing: back to the value's label (an emptied optional single input clears it first). */
  const finishEditing = (clearIfEmpty: boolean) => {
    if (clearIfEmpty && !multiple && input.editing && input.text.trim() === "" && !required && single !== null) onChange(null);
    input.stop();
  };
  /** Enter with no active option: before the results for the typed text arrived it keeps the text
   * (and the search going); otherwise it closes, and an emptied optional single input clears the value. */
  const commit = () => {
    if (search.isLoading) return;
    input.setOpen(false);
    finishEditing(true);
  };
  /** Escape: closes and reverts the typed text. */
  const revert = () => {
    input.setOpen(false);
    finishEditing(false);
  };
  return {
    name,
    field,
    label,
    multiple,
    variant,
    required,
    invalid: props.invalid,
    disabled,
    describedBy: props.describedBy,
    inputId,
    owner,
    related,
    ids,
    single,
    chosen,
    labels,
    search,
    ambiguous,
    inputValue: input.inputValue,
    currentText,
    canClear: !multiple && single !== null && !required && !disabled,
    showCreate: variant === "form" && !disabled && related !== undefined && canCreate(related),
    unknownSingle: single !== null && !labels.isLoading && labels.labelOf(single) === undefined,
    creating,
    hrefOf: related ? (id) => prefix + recordPath(related, id) : undefined,
    open: input.open,
    dirty: multiple ? input.text !== "" : input.editing,
    setOpen: input.setOpen,
    pick,
    commit,
    revert,
    onInputChange: input.onInputChange,
    onBlur: () => {
      input.setOpen(false);
      finishEditing(true);
      props.onBlur?.();
    },
    clear: () => {
      onChange(null);
      input.stop();
    },
    setIds: (next) => onChange(next),
    focusInput: () => document.getElementById(inputId)?.focus(),
    startCreating: () => setCreating(true),
    cancelCreating: () => setCreating(false),
    created: (option) => {
      setCreating(false);
      if (!multiple) {
        onChange(option.value);
        input.stop();
      } else if (!chosen.has(String(option.value))) onChange([...ids, option.value]);
    },
  };
}

/** `basename`-aware link prefix (a plain "/" outside a router). */
function useRoutePrefix(): string {
  const inRouter = useInRouterContext();
  // The router context of a mounted component never comes or goes, so the hook order is stable.
  // eslint-disable-next-line react-hooks/rules-of-hooks
  const root = inRouter ? useHref("/") : "/";
  return root.replace(/\/$/, "");
}
