// One list cell through the widget registry's Display. Relation cells show the related
// record's label: the table prefetches every id of the page per field in one tick (one batched
// request per target), and each cell reads its ids from the same label cache.
import type { FieldSchema, ResourceSchema } from "../../protocol/types.ts";
import { useRelationLabels } from "../../data/use-relation-labels.ts";
import { widgetFor } from "../../widgets/registry.ts";
import { FieldDisplay } from "../../widgets/field-display.tsx";
import type { Id } from "../../backend/types.ts";

function relationIds(value: unknown): Id[] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((v): Id[] => {
    if (typeof v === "string" || typeof v === "number") return [v];
    if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      const id = o.id ?? o._id;
      if (typeof id === "string" || typeof id === "number") return [id];
    }
    return [];
  });
}

/** Renders nothing: asks for the labels of all of a page's ids of one relation field at once. */
export function RelationPrefetch({ resource, field, ids }: { resource: ResourceSchema; field: string; ids: unknown[] }) {
  useRelationLabels(resource, field, ids.flatMap(relationIds));
  return null;
}

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
  return (
    <FieldDisplay
      name={props.name}
      field={props.field}
      value={props.value}
      variant="cell"
      {...(props.highlight ? { highlight: props.highlight } : {})}
    />
  );
}
