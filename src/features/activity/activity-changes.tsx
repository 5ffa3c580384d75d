// The changed fields of one activity entry as a before/after table: field labels from the
// schema, relation values by the related record's label. A field that was empty before and is
// empty after (a new record's unset fields) is no change and gets no row.
import type { ActivityEntry } from "../../backend/types.ts";
import type { FieldSchema, ResourceSchema } from "../../protocol/types.ts";
import { fieldLabel } from "../../protocol/labels.ts";
import { formatCell } from "../shared/format-cell.ts";
import { MaskedValue } from "../../widgets/gdpr-marker.tsx";
import { isEmptyValue } from "../../widgets/shared/is-empty.ts";
import type { ShownName } from "./activity-names.ts";
import type { ActivityNaming, RelatedNames } from "./use-activity-naming.ts";
import { t } from "./messages.ts";

export interface ActivityChangesProps {
  changes: ActivityEntry["changes"];
  resource: ResourceSchema | null;
  naming: ActivityNaming;
}

/** The entry's changes worth a row: something was set, cleared or replaced. */
export function changedFields(changes: ActivityEntry["changes"]): [string, { old: unknown; new: unknown }][] {
  return Object.entries(changes).filter(([, c]) => !(isEmptyValue(c.old) && isEmptyValue(c.new)));
}

function RelatedName({ name, kind }: { name: ShownName; kind: string }) {
  if (name.state === "named") return <span title={t("recordId", { id: name.id })}>{name.text}</span>;
  if (name.state === "gone") {
    return (
      <span className="muted" title={t("recordId", { id: name.id })}>
        {t("deletedRelated", { kind, name: name.text })}
      </span>
    );
  }
  return (
    <span className={name.state === "pending" ? "muted" : undefined} title={t("recordId", { id: name.id })}>
      {name.text}
    </span>
  );
}

function RelatedValue({ related }: { related: RelatedNames }) {
  return (
    <span>
      {related.names.map((name, i) => (
        <span key={`${name.id}-${i}`}>
          {i > 0 && ", "}
          <RelatedName name={name} kind={related.kind} />
        </span>
      ))}
    </span>
  );
}

interface ChangeValueProps {
  name: string;
  field: FieldSchema | undefined;
  value: unknown;
  side: "before" | "after";
  related: RelatedNames | null;
}

function ChangeValue({ name, field, value, side, related }: ChangeValueProps) {
  let text;
  if (isEmptyValue(value)) text = <span className="muted">{t("emptyValue")}</span>;
  else if (related && related.names.length > 0) text = <RelatedValue related={related} />;
  else {
    const cell = formatCell(value, field);
    text = <span title={cell.title}>{cell.text}</span>;
  }
  if (field?.gdpr && !isEmptyValue(value)) return <MaskedValue label={t(side === "before" ? "valueBefore" : "valueAfter", { field: fieldLabel(name, field) })}>{text}</MaskedValue>;
  return text;
}

export function ActivityChanges({ changes, resource, naming }: ActivityChangesProps) {
  const rows = changedFields(changes);
  if (rows.length === 0) return null;
  return (
    <table className="activity-changes">
      <caption className="visually-hidden">{t("changedFields")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("field")}</th>
          <th scope="col">{t("before")}</th>
          <th scope="col">{t("after")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, c]) => {
          const field = resource?.fields[name];
          return (
            <tr key={name}>
              <th scope="row">{fieldLabel(name, field)}</th>
              <td className="activity-old">
                <ChangeValue name={name} field={field} value={c.old} side="before" related={naming.related(resource, name, c.old)} />
              </td>
              <td className="activity-new">
                <ChangeValue name={name} field={field} value={c.new} side="after" related={naming.related(resource, name, c.new)} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
