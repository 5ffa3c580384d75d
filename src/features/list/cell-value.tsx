// One list cell through the app's widget registry's Display. Relation cells show the related
// record's label, which the table resolves for the whole page at once (usePageRelationLabels).
import type { FieldSchema } from "../../protocol/types.ts";
import { useWidgetRegistry } from "../../widgets/widget-registry-context.tsx";
import { relationIds } from "../../widgets/relation/relation-ids.ts";

function RelationCell({ name, field, value, highlight, labels, labelsPending }: CellValueProps) {
  const ids = relationIds(value);
  const { Display } = useWidgetRegistry().widgetFor(field);
  const first = ids[0];
  const known = labels ?? new Map<string, string>();
  const own: Record<string, string> = {};
  for (const id of ids) {
    const label = known.get(String(id));
    if (label !== undefined) own[String(id)] = label;
  }
  return (
    <Display
      name={name}
      field={field}
      value={value}
      variant="cell"
      highlight={highlight}
      {...(first !== undefined && !Array.isArray(value) ? { label: known.get(String(first)) } : {})}
      labels={own}
      pending={labelsPending ?? false}
    />
  );
}

export interface CellValueProps {
  name: string;
  field: FieldSchema;
  value: unknown;
  highlight?: string | undefined;
  /** Relation fields: the page's labels of this column, by String(id). */
  labels?: ReadonlyMap<string, string>;
  labelsPending?: boolean;
}

export function CellValue(props: CellValueProps) {
  const widgets = useWidgetRegistry();
  if (props.field.relation) return <RelationCell {...props} />;
  // the widget's display itself (FieldDisplay's masking is for the detail view, not cells)
  const { Display } = widgets.widgetFor(props.field);
  return <Display name={props.name} field={props.field} value={props.value} variant="cell" {...(props.highlight ? { highlight: props.highlight } : {})} />;
}
