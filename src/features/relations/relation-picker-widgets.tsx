// The relation picker as the registry's relation input and filter.
import { isMultiRelation } from "../../protocol/resolve-widget.ts";
import type { WidgetFilterProps, WidgetInputProps } from "../../widgets/types.ts";
import { isReadOnly, isRequired } from "../../widgets/shared/input-attrs.ts";
import { ReadOnlyText } from "../../widgets/shared/read-only-text.tsx";
import { RelationFilter } from "../../widgets/relation/relation-filter.tsx";
import { useSchema } from "../../data/schema-context.tsx";
import { useRelationLabels } from "../../data/use-relation-labels.ts";
import { useMemo } from "react";
import { owningResource } from "./relation-resources.ts";
import { toIds } from "./relation-value.ts";
import { RelationPicker } from "./relation-picker.tsx";

/** Read-only relation value: a read-only text box with the resolved label(s) (raw id when unknown). */
function RelationReadOnly(props: WidgetInputProps) {
  const schema = useSchema();
  const owner = useMemo(() => owningResource(schema, props.name, props.field), [schema, props.name, props.field]);
  const ids = toIds(props.value);
  const labels = useRelationLabels(owner, props.name, ids);
  const text = ids.map((id) => labels.labelOf(id) ?? String(id)).join(", ");
  return <ReadOnlyText {...props} text={text} />;
}

/** Form input for relation fields (single and multi). */
export function RelationPickerInput(props: WidgetInputProps) {
  if (isReadOnly(props)) return <RelationReadOnly {...props} />;
  const multiple = isMultiRelation(props.field) || Array.isArray(props.value);
  return (
    <RelationPicker
      name={props.name}
      field={props.field}
      label={props.label}
      id={props.id}
      multiple={multiple}
      value={props.value}
      onChange={(v) => props.onChange(v)}
      required={isRequired(props)}
      invalid={props.invalid}
      disabled={props.disabled}
      describedBy={props.describedBy}
      onBlur={props.onBlur}
    />
  );
}

/** List filter for relation fields: pick one record (→ `eq`) or several (→ `in`). */
export function RelationPickerFilter(props: WidgetFilterProps) {
  return (
    <RelationFilter
      {...props}
      renderRelationPicker={(slot) => (
        <RelationPicker
          name={slot.name}
          field={slot.field}
          label={slot.label}
          id={slot.id}
          multiple
          variant="filter"
          value={slot.value}
          onChange={(v) => slot.onChange(v)}
        />
      )}
    />
  );
}
