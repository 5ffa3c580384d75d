// Names for a list of activity entries: the changed records and the related records in their
// changes, looked up in one go (one batched label request per related resource, cached).
import { useCallback, useMemo } from "react";
import type { ActivityEntry, Id } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { fieldLabel } from "../../protocol/labels.ts";
import { relationIds } from "../../widgets/relation/relation-ids.ts";
import { activityLookups, entryTitle, labelLookup, labelSources, lowerFirst, recordLookup, type LabelSources } from "./activity-labels.ts";
import { isDeletion } from "./activity-action.ts";
import { shownName, type ShownName } from "./activity-names.ts";
import { resolveActivityResource } from "../shared/resolve-activity-resource.ts";
import { useLabelStates, type LabelStates } from "./use-label-states.ts";

export interface RelatedNames {
  /** What the related records are, lower case ("customer"). */
  kind: string;
  names: ShownName[];
}

export interface ActivityNaming {
  resourceOf(entry: ActivityEntry): ResourceSchema | null;
  /** The changed record's name; null when the entry names no record. */
  record(entry: ActivityEntry): ShownName | null;
  /** The related records a relation field's value holds; null when the field is no relation. */
  related(resource: ResourceSchema | null, field: string, value: unknown): RelatedNames | null;
}

function recordNameOf(sources: LabelSources, states: LabelStates, resource: ResourceSchema | null, id: Id, fallback: string | null): ShownName {
  const lookup = resource && recordLookup(sources, resource, id);
  return shownName({ id, label: lookup ? states.get(lookup.key) : undefined, fallback });
}

export interface ActivityNamingOptions {
  entries: readonly ActivityEntry[];
  resources: readonly ResourceSchema[];
  /** A record's own history: the page names the record, so only related values are looked up. */
  inRecord?: boolean;
}

export function useActivityNaming({ entries, resources, inRecord = false }: ActivityNamingOptions): ActivityNaming {
  const sources = useMemo(() => labelSources(resources), [resources]);
  const resourceOf = useCallback((entry: ActivityEntry) => resolveActivityResource(resources, entry.resource), [resources]);
  const lookups = useMemo(
    () => activityLookups(entries, { resolve: (name) => resolveActivityResource(resources, name), sources, records: !inRecord }),
    [entries, resources, sources, inRecord],
  );
  const states = useLabelStates(lookups);
  return useMemo(
    () => ({
      resourceOf,
      record(entry) {
        if (entry.recordId === null) return null;
        const resource = resourceOf(entry);
        const fallback = resource ? entryTitle(entry, resource) : null;
        // a deleted record is not looked up: the entry's own words are all there is
        if (isDeletion(entry.action)) return shownName({ id: entry.recordId, label: undefined, fallback });
        return recordNameOf(sources, states, resource, entry.recordId, fallback);
      },
      related(resource, field, value) {
        const source = resource && sources.forField(resource, field);
        if (!resource || !source) return null;
        const kind = lowerFirst(sources.targetOf(resource, field)?.label ?? fieldLabel(field, resource.fields[field]));
        const names = relationIds(value).map((id) => shownName({ id, label: states.get(labelLookup(source, id).key) }));
        return { kind, names };
      },
    }),
    [resourceOf, sources, states],
  );
}

/** One record's name (the activity page's "history of …" note). */
export function useRecordName(resources: readonly ResourceSchema[], resource: ResourceSchema | null, id: Id | null): ShownName | null {
  const sources = useMemo(() => labelSources(resources), [resources]);
  const lookups = useMemo(() => {
    const lookup = resource && id !== null && id !== "" ? recordLookup(sources, resource, id) : null;
    return lookup ? [lookup] : [];
  }, [sources, resource, id]);
  const states = useLabelStates(lookups);
  return id === null || id === "" ? null : recordNameOf(sources, states, resource, id, null);
}
