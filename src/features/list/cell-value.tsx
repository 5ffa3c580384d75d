// One list cell through the widget registry's Display. Relation cells show the related
// record's label from the label cache that RelationPrefetch filled for the whole page.
import type { FieldSchema, ResourceSchema } from "../../protocol/types.ts";
import { useRelationLabels } from "../../data/use-relation-labels.ts";
import { widgetFor } from "../../widgets/registry.ts";
import { relationIds } from "./relation-prefetch.tsx";

function RelationCell({ resource, name, field, value, highlight }: CellValueProps) {
  const ids = relationIds(value);
  const { labels, isLoading } = useRelationLabels(resource, name, ids);
  const { Display } = widgetFor(field);
  const first = ids[0];
  return (
    <Display
      name={name}
      field={field}
      value={value}
      variant="cell"
      highlight={highlight}
      {...(first !== undefined && !Array.isArray(value) ? { label: labels.get(String(first)) } : {})}
      labels={Object.fromEntries(labels)}
      pending={isLoading}
    />
  );
}

export interface CellValueProps {
  resource: ResourceSchema;
  name: string;
  field: FieldSchema;
  value: unknown;
  highlight?: string | undefined;
}

export function CellValue(props: CellValueProps) {
  if (props.field.relation) return <RelationCell {...props} />;
  // the widget's display itself (FieldDisplay's masking is for the detail view, not cells)
  const { Display } = widgetFor(props.field);
  return <Display name={props.name} field={props.field} value={props.value} variant="cell" {...(props.highlight ? { highlight: props.highlight } : {})} />;
}
