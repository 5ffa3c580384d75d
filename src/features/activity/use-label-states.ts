// The labels of a set of lookups: relation labels through the list's cached and batched
// queries, records named from themselves through the record cache (the record page's query).
import { useCallback, useMemo } from "react";
import { useQueries, type UseQueryResult } from "@tanstack/react-query";
import type { RelationOption, Versioned } from "../../backend/types.ts";
import { isApiError } from "../../backend/api-error.ts";
import { titleOf } from "../../protocol/record-title.ts";
import { useBackend } from "../../data/backend-context.tsx";
import { useQueryKeys } from "../../data/use-query-keys.ts";
import { relationLabelQuery } from "../../data/use-relation-labels.ts";
import type { LabelLookup, LabelState, RecordLookup, RelationLookup } from "./activity-labels.ts";

const PENDING: LabelState = { status: "pending" };

/** Lookup key → where its label stands. */
export type LabelStates = ReadonlyMap<string, LabelState>;

function stateOf(result: UseQueryResult<string | null>): LabelState {
  if (result.isSuccess) return { status: "found", label: result.data };
  if (result.isPending) return { status: "pending" };
  return isApiError(result.error) && result.error.status === 404 ? { status: "missing" } : { status: "failed" };
}

function relationStateOf(result: UseQueryResult<RelationOption | null>): LabelState {
  if (result.data) return { status: "found", label: result.data.label };
  if (result.isPending) return { status: "pending" };
  return result.isError ? { status: "failed" } : { status: "missing" };
}

export function useLabelStates(lookups: readonly LabelLookup[]): LabelStates {
  const backend = useBackend();
  const keys = useQueryKeys();
  const relations = useMemo(() => lookups.filter((l): l is RelationLookup => l.kind === "relation"), [lookups]);
  const records = useMemo(() => lookups.filter((l): l is RecordLookup => l.kind === "record"), [lookups]);
  const relationStates = useQueries({
    queries: relations.map((l) => relationLabelQuery({ backend, keys, resource: l.resource, field: l.field, id: l.id })),
    combine: useCallback((results: UseQueryResult<RelationOption | null>[]) => results.map(relationStateOf), []),
  });
  const recordStates = useQueries({
    queries: records.map((l) => ({
      queryKey: keys.record(l.resource.name, l.id),
      queryFn: ({ signal }: { signal: AbortSignal }) => backend.get(l.resource, l.id, { signal }),
      select: (v: Versioned) => titleOf(l.resource, v.item),
    })),
    combine: useCallback((results: UseQueryResult<string | null>[]) => results.map(stateOf), []),
  });
  return useMemo(() => {
    const states = new Map<string, LabelState>();
    relations.forEach((l, i) => states.set(l.key, relationStates[i] ?? PENDING));
    records.forEach((l, i) => states.set(l.key, recordStates[i] ?? PENDING));
    return states;
  }, [relations, records, relationStates, recordStates]);
}
