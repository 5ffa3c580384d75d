// The Filters panel: one widget Filter per `list.filter_fields` entry (edited as a draft and
// applied after a short pause), capability-gated: a backend without server filters, or without
// the operator a filter needs, is said so instead of being silently ignored.
import { useEffect, useRef, useState } from "react";
import type { FilterCondition, FilterOp } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { fieldLabel } from "../../protocol/labels.ts";
import { useWidgetRegistry } from "../../widgets/widget-registry-context.tsx";
import "../../widgets/editors.ts"; // the real inputs and filters, not their late-bound stand-ins
import { fromFilterCondition, toFilterCondition } from "../../widgets/filter-condition.ts";
import type { FilterValue } from "../../widgets/types.ts";
import { isEmptyFilter, isInvertedRange } from "./empty-filter.ts";
import { t } from "./messages.ts";

export interface FilterPanelProps {
  resource: ResourceSchema;
  fields: string[];
  filters: FilterCondition[];
  supportedOps: readonly FilterOp[];
  onChange(filters: FilterCondition[]): void;
  id: string;
  debounceMs?: number;
}

export function FilterPanel({ resource, fields, filters, supportedOps, onChange, id, debounceMs = 400 }: FilterPanelProps) {
  const widgets = useWidgetRegistry();
  const [draft, setDraft] = useState<FilterCondition[]>(filters);
  const applied = useRef(JSON.stringify(filters));
  // URL → draft (back/forward, chip removal)
  useEffect(() => {
    const s = JSON.stringify(filters);
    if (s !== applied.current) {
      applied.current = s;
      setDraft(filters);
    }
  }, [filters]);
  // draft → URL, debounced
  useEffect(() => {
    const clean = draft.filter((c) => !isEmptyFilter(c) && !isInvertedRange(c));
    const s = JSON.stringify(clean);
    if (s === applied.current) return;
    const timer = setTimeout(() => {
      applied.current = s;
      onChange(clean);
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [draft, onChange, debounceMs]);

  const set = (field: string, v: FilterValue | undefined) =>
    setDraft((prev) => {
      const rest = prev.filter((c) => c.field !== field);
      return v === undefined ? rest : [...rest, toFilterCondition(field, v)];
    });

  const noServer = supportedOps.length === 0;
  return (
    <div className="list-filters" id={id} role="group" aria-label={t("filters")}>
      {noServer && (
        <p className="alert" role="note">
          {t("noServerFilters")}
        </p>
      )}
      {!noServer && (
        <div className="list-filter-grid">
          {fields.map((name) => {
            const field = resource.fields[name];
            if (!field) return null;
            const { Filter } = widgets.widgetFor(field);
            if (!Filter) return null;
            const label = fieldLabel(name, field);
            const current = draft.find((c) => c.field === name);
            const unsupported = current && !supportedOps.includes(current.op);
            const inverted = current && isInvertedRange(current);
            return (
              <div className="list-filter" key={name}>
                <span className="list-filter-label" aria-hidden="true">
                  {label}
                </span>
                <Filter name={name} field={field} label={label} value={current ? fromFilterCondition(current) : undefined} onChange={(v) => set(name, v)} />
                {unsupported && (
                  <p className="field-hint danger" role="note">
                    {t("filterUnsupported")}
                  </p>
                )}
                {inverted && (
                  <p className="field-hint danger" role="alert">
                    {t("rangeInverted")}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
