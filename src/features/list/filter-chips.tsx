// The list's "Active filters" chips: one removable chip per filter, plus "Clear filters".
// Relation filters show the related records' labels (resolved through the shared, batched label
// cache), not their raw ids; an id shows as itself while its label loads or when it is unknown.
import type { FilterCondition, Id } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { useRelationLabels } from "../../data/use-relation-labels.ts";
import { filterSummary } from "./filter-summary.ts";
import { t } from "./messages.ts";

export interface FilterChipsProps {
  resource: ResourceSchema;
  filters: readonly FilterCondition[];
  /** Operators the server applies; chips with any other operator say they are not applied. */
  supportedOps: readonly string[];
  onRemove(filter: FilterCondition): void;
  onClear(): void;
}

const isId = (v: unknown): v is Id => (typeof v === "string" && v !== "") || typeof v === "number";

/** The ids a relation filter's value names (a single id, a list, or a range's ends). */
export function relationFilterIds(c: FilterCondition): Id[] {
  if (c.op === "exists" || c.op === "contains") return [];
  return (Array.isArray(c.value) ? c.value : [c.value]).filter(isId);
}

function FilterChip({ resource, filter, ignored, onRemove }: { resource: ResourceSchema; filter: FilterCondition; ignored: boolean; onRemove(): void }) {
  const field = resource.fields[filter.field];
  const relation = field?.relation !== undefined;
  const { labelOf } = useRelationLabels(resource, filter.field, relation ? relationFilterIds(filter) : []);
  const text = filterSummary(filter.field, field, filter, relation ? (v) => (isId(v) ? labelOf(v) : undefined) : undefined);
  return (
    <li className={ignored ? "chip chip-ignored" : "chip"}>
      <span>
        {text}
        {ignored && <span className="chip-note"> ({t("notAppliedNoServer")})</span>}
      </span>
      <button type="button" className="chip-remove" aria-label={t("removeFilter", { filter: text })} onClick={onRemove}>
        ×
      </button>
    </li>
  );
}

export function FilterChips({ resource, filters, supportedOps, onRemove, onClear }: FilterChipsProps) {
  if (filters.length === 0) return null;
  return (
    <ul className="filter-chips" aria-label={t("activeFilters")}>
      {filters.map((f) => (
        <FilterChip key={`${f.field}:${f.op}`} resource={resource} filter={f} ignored={!supportedOps.includes(f.op)} onRemove={() => onRemove(f)} />
      ))}
      <li>
        <button type="button" className="link-button" onClick={onClear}>
          {t("clearFilters")}
        </button>
      </li>
    </ul>
  );
}
