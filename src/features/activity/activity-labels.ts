// Names for what activity entries point at: the changed record and the records its relation
// values hold. Both are read the way the list reads relation labels — through a relation field
// whose target is that resource (its `label_field`), one batched request per target, cached —
// so a record is named as every relation column names it. One field per target is used, so
// lookups for the same target share one batch whichever field they came from. A resource no
// relation points at (litestar-admin has no to-many relations) is named by reading the record
// itself (the record-title rules, as its own page heading does), shared with the record cache.
import type { ActivityEntry, Id } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { titleFields, titleOf } from "../../protocol/record-title.ts";
import { relationTarget } from "../../data/query-keys.ts";
import { relationIds } from "../../widgets/relation/relation-ids.ts";
import { isDeletion } from "./activity-action.ts";

/** A relation field through which the labels of its target's records are read. */
export interface LabelSource {
  resource: ResourceSchema;
  field: string;
}

/** One label to look up: the record `id` of the source field's target. */
export interface RelationLookup extends LabelSource {
  kind: "relation";
  id: Id;
  /** Same target and id → same key. */
  key: string;
}

/** One record of a resource no relation points at, named from the record itself. */
export interface RecordLookup {
  kind: "record";
  resource: ResourceSchema;
  id: Id;
  key: string;
}

export type LabelLookup = RelationLookup | RecordLookup;

/** Where a looked-up label stands; a found record may have no name (`label` null). */
export type LabelState = { status: "found"; label: string | null } | { status: "pending" } | { status: "missing" } | { status: "failed" };

export interface LabelSources {
  /** The field that reads the labels of `resource.field`'s values, null when it is no relation. */
  forField(resource: ResourceSchema, field: string): LabelSource | null;
  /** The field that reads the labels of `resource`'s own records, null when no relation points at it. */
  forRecords(resource: ResourceSchema): LabelSource | null;
  /** The resource a relation field points to, when the schema has it. */
  targetOf(resource: ResourceSchema, field: string): ResourceSchema | null;
}

const trimSlashes = (endpoint: string) => endpoint.replace(/\/+$/, "");
const targetKey = (source: LabelSource) => relationTarget(source.resource.name, source.field, source.resource.fields[source.field]).join("\u0000");

/** The relation fields of a schema, first one per target (schema order). */
export function labelSources(resources: readonly ResourceSchema[]): LabelSources {
  const byTarget = new Map<string, LabelSource>();
  const byEndpoint = new Map<string, LabelSource>();
  for (const resource of resources) {
    for (const [field, schema] of Object.entries(resource.fields)) {
      const relation = schema.relation;
      if (!relation) continue;
      const source = { resource, field };
      const key = targetKey(source);
      if (!byTarget.has(key)) byTarget.set(key, source);
      const endpoint = trimSlashes(relation.endpoint);
      // only a relation that stores ids names records by their id
      if ((relation.value_field === "id" || relation.value_field === "_id") && !byEndpoint.has(endpoint)) byEndpoint.set(endpoint, source);
    }
  }
  return {
    forField: (resource, field) => (resource.fields[field]?.relation ? (byTarget.get(targetKey({ resource, field })) ?? { resource, field }) : null),
    forRecords: (resource) => byEndpoint.get(trimSlashes(resource.endpoint)) ?? null,
    targetOf: (resource, field) => {
      const endpoint = resource.fields[field]?.relation?.endpoint;
      return endpoint === undefined ? null : (resources.find((r) => trimSlashes(r.endpoint) === trimSlashes(endpoint)) ?? null);
    },
  };
}

export function labelLookup(source: LabelSource, id: Id): RelationLookup {
  return { kind: "relation", ...source, id, key: `${targetKey(source)}\u0000${String(id)}` };
}

/** How to name record `id` of `resource`: through a relation, else from the record when it has a name-like field. */
export function recordLookup(sources: LabelSources, resource: ResourceSchema, id: Id): LabelLookup | null {
  const source = sources.forRecords(resource);
  if (source) return labelLookup(source, id);
  return titleFields(resource).length > 0 ? { kind: "record", resource, id, key: `record\u0000${resource.name}\u0000${String(id)}` } : null;
}

export interface ActivityLookupsOptions {
  resolve: (name: string) => ResourceSchema | null;
  sources: LabelSources;
  /** Name the changed records too (not in a record's own history, where the page names it). */
  records: boolean;
}

/** The lookups a list of entries needs: each live record it names and each related id in its changes. */
export function activityLookups(entries: readonly ActivityEntry[], { resolve, sources, records }: ActivityLookupsOptions): LabelLookup[] {
  const out = new Map<string, LabelLookup>();
  const add = (lookup: LabelLookup | null) => {
    if (lookup && lookup.id !== "" && !out.has(lookup.key)) out.set(lookup.key, lookup);
  };
  for (const entry of entries) {
    const resource = resolve(entry.resource);
    if (!resource) continue;
    if (records && entry.recordId !== null && !isDeletion(entry.action)) add(recordLookup(sources, resource, entry.recordId));
    for (const [field, change] of Object.entries(entry.changes)) {
      const source = sources.forField(resource, field);
      if (!source) continue;
      for (const id of [...relationIds(change.old), ...relationIds(change.new)]) add(labelLookup(source, id));
    }
  }
  return [...out.values()];
}

/** A long id shortened to its distinctive tail ("654f4c69000000a000000055" → "…000055"); short ids (numbers) as they are. */
export function shortId(id: Id): string {
  const text = String(id);
  return text.length > 10 ? `…${text.slice(-6)}` : text;
}

/** "Product" → "product", leaving acronyms ("API key") alone. */
export function lowerFirst(label: string): string {
  return /^.[A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** The record's name as the entry itself tells it: a delete's snapshot, or the values it set. */
export function entryTitle(entry: ActivityEntry, resource: ResourceSchema): string | null {
  if (entry.snapshot) return titleOf(resource, entry.snapshot);
  const values: Record<string, unknown> = {};
  for (const [field, change] of Object.entries(entry.changes)) values[field] = change.new ?? change.old;
  return titleOf(resource, values);
}
