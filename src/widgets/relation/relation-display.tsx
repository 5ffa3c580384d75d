import type { WidgetDisplayProps } from "../types.ts";
import { EmptyValue } from "../shared/empty-value.tsx";
import { highlightText } from "../shared/highlight.tsx";
import { isEmptyValue } from "../shared/is-empty.ts";
import { toArray } from "../shared/option-value.ts";
import { idText } from "./relation-ids.ts";
import { t } from "../messages.ts";

function One({ id, label, pending, highlight }: { id: string; label: string | undefined; pending?: boolean | undefined; highlight?: string | undefined }) {
  if (label !== undefined && label !== "") {
    return (
      <span className="w-relation" title={t("relationId", { id })}>
        {highlightText(label, highlight)}
      </span>
    );
  }
  if (pending) {
    return (
      <span className="w-relation w-code w-muted">
        {highlightText(id, highlight)}
      </span>
    );
  }
  return (
    <span className="w-relation w-relation-unknown" aria-description={t("unknownRecord")}>
      <span className="w-code">
        {highlightText(id, highlight)}
      </span>{" "}
      <span className="w-warn-mark" aria-hidden="true" title={t("unknownRecord")}>
        ⚠
      </span>
      <span className="w-sr-only"> ({t("unknownRecord")})</span>
    </span>
  );
}

/**
 * A related record by its resolved label. Ids without a label show raw with a "⚠" and the
 * accessible text "Unknown record" (unless `pending`, while labels are being resolved).
 */
/** The label carried by an embedded (populated) related record, if any. */
function embeddedLabel(value: unknown, labelField: string | undefined): string | undefined {
  if (!labelField || value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const v = (value as Record<string, unknown>)[labelField];
  return typeof v === "string" || typeof v === "number" ? String(v) : undefined;
}

export function RelationDisplay({ field, value, label, labels, pending, highlight }: WidgetDisplayProps) {
  const labelField = field.relation?.label_field;
  if (isEmptyValue(value)) return <EmptyValue />;
  if (Array.isArray(value)) {
    const ids = toArray(value).map(idText);
    return (
      <span className="w-badges">
        {ids.map((id, i) =>
          id === "" ? null : (
            <span key={`${id}-${i}`} className="w-badge">
              <One id={id} label={labels?.[id] ?? embeddedLabel(value[i], labelField)} pending={pending} highlight={highlight} />
            </span>
          ),
        )}
      </span>
    );
  }
  const id = idText(value);
  return <One id={id} label={label ?? labels?.[id] ?? embeddedLabel(value, labelField)} pending={pending} highlight={highlight} />;
}
