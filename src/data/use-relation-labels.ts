import { useCallback, useMemo } from "react";
import { useQueries, type QueryClient, type UseQueryResult } from "@tanstack/react-query";
import type { Backend, Id, RelationOption } from "../backend/types.ts";
import type { ResourceSchema } from "../protocol/types.ts";
import { useBackend } from "./backend-context.tsx";
import { useQueryKeys } from "./use-query-keys.ts";
import { relationTarget, type QueryKeys } from "./query-keys.ts";
import { relationLabelBatcher } from "./relation-label-batcher.ts";

const LABEL_STALE_MS = 5 * 60_000;

export interface RelationLabels {
  /** String(id) → label, for the ids resolved so far. */
  labels: ReadonlyMap<string, string>;
  /** Label of one id, undefined while loading or when the backend does not know it. */
  labelOf(id: Id): string | undefined;
  isLoading: boolean;
  isError: boolean;
}

/**
 * Labels for the stored values of a relation field. Each id is its own cached query (shared by
 * every field with the same relation target), so a label is never fetched twice; ids requested in
 * the same tick — by this hook or any other — go to the backend in one `resolveRelation` call.
 */
export function useRelationLabels(resource: ResourceSchema, field: string, ids: readonly (Id | null | undefined)[]): RelationLabels {
  const present = ids.filter((id): id is Id => id !== null && id !== undefined);
  const page = usePageRelationLabels(resource, [{ field, ids: present }]);
  return useMemo(() => {
    const labels = page.labelsOf(field);
    return { labels, labelOf: (id: Id) => labels.get(String(id)), isLoading: page.isPending(field), isError: page.isError(field) };
  }, [page, field]);
}

/** Labels of a page's relation columns: field → (String(id) → label), and whether some are pending or failed. */
export interface PageRelationLabels {
  labelsOf(field: string): ReadonlyMap<string, string>;
  isPending(field: string): boolean;
  isError(field: string): boolean;
}

const NO_LABELS: ReadonlyMap<string, string> = new Map();

/**
 * The labels of one or more relation fields in one hook (a list page: one observer for the page,
 * not one per cell). Each id is a cached query per relation target; ids asked for in the same tick
 * go to the backend in one batched request per related resource.
 */
export function usePageRelationLabels(resource: ResourceSchema, wanted: readonly { field: string; ids: readonly Id[] }[]): PageRelationLabels {
  const backend = useBackend();
  const keys = useQueryKeys();
  const wantedKey = wanted.map((w) => `${w.field}\u0002${w.ids.map((id) => `${typeof id}:${String(id)}`).join("\u0001")}`).join("\u0003");
  const pairs = useMemo(() => {
    const out: { field: string; id: Id }[] = [];
    for (const { field, ids } of wanted) {
      const seen = new Set<string>();
      for (const id of ids) {
        if (id === "" || seen.has(String(id))) continue;
        seen.add(String(id));
        out.push({ field, id });
      }
    }
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wantedKey]);

  const combine = useCallback(
    (results: UseQueryResult<RelationOption | null>[]): { labels: PageRelationLabels; signature: string } => {
      const byField = new Map<string, Map<string, string>>();
      const pending = new Set<string>();
      const failed = new Set<string>();
      const signature: string[] = [];
      results.forEach((r, i) => {
        const pair = pairs[i];
        if (!pair) return;
        if (r.isPending) pending.add(pair.field);
        if (r.isError) failed.add(pair.field);
        signature.push(`${r.status}\u0001${r.data?.label ?? ""}`);
        if (!r.data) return;
        let labels = byField.get(pair.field);
        if (!labels) byField.set(pair.field, (labels = new Map()));
        labels.set(String(pair.id), r.data.label);
      });
      return {
        labels: { labelsOf: (field) => byField.get(field) ?? NO_LABELS, isPending: (field) => pending.has(field), isError: (field) => failed.has(field) },
        signature: signature.join("\u0002"),
      };
    },
    [pairs],
  );

  const { labels, signature } = useQueries({
    queries: pairs.map(({ field, id }) => relationLabelQuery({ backend, keys, resource, field, id })),
    combine,
  });
  // a new object only when a label, a pending or a failure changes (a query's fetch starting is
  // not one): a list's rows are memoised on it
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => labels, [pairs, signature]);
}

/**
 * The cached, batched query for one related record's label (the record the relation field
 * `field` of `resource` points to with `id`); null when the backend does not know it.
 */
export function relationLabelQuery({ backend, keys, resource, field, id }: { backend: Backend; keys: QueryKeys; resource: ResourceSchema; field: string; id: Id }) {
  return {
    queryKey: keys.relationLabel(relationTarget(resource.name, field, resource.fields[field]), id),
    queryFn: () => relationLabelBatcher(backend, resource, field).load(id),
    staleTime: LABEL_STALE_MS,
  };
}

/** Put options the UI already has (picker search results, a created record) into the label cache. */
export function seedRelationLabels(
  client: QueryClient,
  keys: QueryKeys,
  resource: ResourceSchema,
  field: string,
  options: readonly RelationOption[],
): void {
  const target = relationTarget(resource.name, field, resource.fields[field]);
  for (const o of options) client.setQueryData(keys.relationLabel(target, o.value), o);
}
