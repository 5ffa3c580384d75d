// Cell values for an export: raw values, or labels for selects (option label), booleans (Yes/No)
// and relations (the related record's label, resolved with backend.resolveRelation in batches and
// cached). The record id column, for resources whose schema lists no id field.
import type { Backend, Id, Item } from "../../backend/types.ts";
import { valueKind } from "../../protocol/field-validation/value-kind.ts";
import type { FieldSchema, ResourceSchema } from "../../protocol/types.ts";
import type { ValueMode } from "./types.ts";
import { t } from "./messages.ts";

const BATCH = 100;

/** The column that carries each record's id where the schema has no `id`/`_id` field. */
export const RECORD_ID_COLUMN = "id";

/** True when the export offers RECORD_ID_COLUMN as a column of its own. */
export function needsIdColumn(resource: Pick<ResourceSchema, "fields">): boolean {
  return !Object.hasOwn(resource.fields, "id") && !Object.hasOwn(resource.fields, "_id");
}

function asIds(v: unknown): Id[] {
  if (Array.isArray(v)) return v.filter((x): x is Id => typeof x === "string" || typeof x === "number");
  return typeof v === "string" || typeof v === "number" ? [v] : [];
}

export function isRelationField(field: FieldSchema): boolean {
  return field.relation !== undefined && (valueKind(field) === "relation" || field.widget === "relation" || field.widget === "multirelation");
}

/** Label cache per relation field; fill() resolves the ids of a page in batches of 100. */
export class RelationLabelCache {
  private readonly labels = new Map<string, Map<string, string>>();
  constructor(
    private readonly backend: Backend,
    private readonly resource: ResourceSchema,
  ) {}

  async fill(columns: string[], items: Item[], signal?: AbortSignal): Promise<void> {
    for (const name of columns) {
      const field = this.resource.fields[name];
      if (!field || !isRelationField(field)) continue;
      let known = this.labels.get(name);
      if (!known) this.labels.set(name, (known = new Map()));
      const missing = new Map<string, Id>();
      for (const item of items) for (const id of asIds(item[name])) if (!known.has(String(id))) missing.set(String(id), id);
      const ids = [...missing.values()];
      for (let i = 0; i < ids.length; i += BATCH) {
        const chunk = ids.slice(i, i + BATCH);
        const options = await this.backend.resolveRelation(this.resource, name, chunk, { signal });
        for (const o of options) known.set(String(o.value), o.label);
        // Ids that resolve to nothing keep their raw value.
        for (const id of chunk) if (!known.has(String(id))) known.set(String(id), String(id));
      }
    }
  }

  label(name: string, id: Id): string {
    return this.labels.get(name)?.get(String(id)) ?? String(id);
  }
}

/** The exported value of one cell. */
export function exportValue(name: string, field: FieldSchema | undefined, value: unknown, mode: ValueMode, cache: RelationLabelCache | null): unknown {
  if (value === undefined || value === null) return null;
  if (mode === "raw" || !field) return value;
  if (typeof value === "boolean") return value ? t("yes") : t("no");
  if (field.options && field.options.length > 0) {
    const label = (v: unknown) => field.options?.find((o) => o.value === String(v))?.label ?? String(v);
    return Array.isArray(value) ? value.map(label).join(", ") : label(value);
  }
  if (cache && isRelationField(field)) {
    const ids = asIds(value);
    if (Array.isArray(value)) return ids.map((id) => cache.label(name, id)).join(", ");
    const first = ids[0];
    return first === undefined ? value : cache.label(name, first);
  }
  return value;
}
