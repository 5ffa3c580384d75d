import { act, renderHook, waitFor } from "@testing-library/react";
import { useQuery } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import type { ListQuery, Page, Versioned } from "../backend/types.ts";
import type { ResourceSchema } from "../protocol/types.ts";
import { FakeBackend, fakeResource, fakeSchema } from "../testing/fake-backend.ts";
import { dataWrapper, testQueryClient } from "../testing/data-wrapper.tsx";
import { queryKeys } from "./query-keys.ts";
import { useRecord } from "./use-record.ts";
import { useCreateRecord } from "./use-create-record.ts";
import { useUpdateRecord } from "./use-update-record.ts";
import { useDeleteRecord } from "./use-delete-record.ts";
import { useDashboard } from "./use-dashboard.ts";
import { useActivity } from "./use-activity.ts";
import { useRelationLabels } from "./use-relation-labels.ts";
import { useBackend } from "./backend-context.tsx";
import { useQueryKeys } from "./use-query-keys.ts";

const orders = fakeResource("orders");
const users = fakeResource("users");
const schema = fakeSchema("T", [orders, users]);

/** A list observer under the real list key, as the list view's (src/features/list/use-list-data.ts). */
function useListPage(resource: ResourceSchema, query: ListQuery) {
  const backend = useBackend();
  const keys = useQueryKeys();
  return useQuery<Page>({ queryKey: keys.list(resource.name, query), queryFn: ({ signal }) => backend.list(resource, query, { signal }) });
}

function setup() {
  const backend = new FakeBackend();
  const client = testQueryClient();
  return { backend, client, wrapper: dataWrapper(backend, schema, client), keys: queryKeys(backend.baseUrl, "u1") };
}

describe("record hooks", () => {
  it("useRecord loads one record with its version; idle without an id", async () => {
    const { backend, wrapper } = setup();
    const { result } = renderHook(() => useRecord(orders, "o1"), { wrapper });
    await waitFor(() => expect(result.current.data?.version).toBe('"1"'));
    expect(backend.get.mock.calls[0]?.[1]).toBe("o1");
    const idle = renderHook(() => useRecord(orders, null), { wrapper });
    expect(idle.result.current.fetchStatus).toBe("idle");
    expect(backend.get).toHaveBeenCalledTimes(1);
  });

  it("useUpdateRecord sends the cached version, then caches the answer and its new version", async () => {
    const { backend, client, keys, wrapper } = setup();
    const { result } = renderHook(() => ({ record: useRecord(orders, "o1"), update: useUpdateRecord(orders) }), { wrapper });
    await waitFor(() => expect(result.current.record.data?.version).toBe('"1"'));
    await act(() => result.current.update.mutateAsync({ id: "o1", patch: { name: "New" } }));
    expect(backend.update.mock.calls[0]?.slice(1)).toEqual(["o1", { name: "New" }, '"1"']);
    expect(client.getQueryData<Versioned>(keys.record("orders", "o1"))).toEqual({ item: { id: "o1", name: "New" }, version: '"2"' });
    await waitFor(() => expect(result.current.record.data?.version).toBe('"2"'));

    // the next save sends the new version
    await act(() => result.current.update.mutateAsync({ id: "o1", patch: { name: "Newer" } }));
    expect(backend.update.mock.calls[1]?.[3]).toBe('"2"');
  });

  it("useUpdateRecord prefers an explicit version (the one the form was based on)", async () => {
    const { backend, wrapper } = setup();
    const { result } = renderHook(() => useUpdateRecord(orders), { wrapper });
    await act(() => result.current.mutateAsync({ id: "o1", patch: {}, version: '"7"' }));
    expect(backend.update.mock.calls[0]?.[3]).toBe('"7"');
    await act(() => result.current.mutateAsync({ id: "o9", patch: {} }));
    expect(backend.update.mock.calls[1]?.[3]).toBeNull();
  });

  it("a write refetches the resource's lists and relation labels that read from it", async () => {
    const { backend, wrapper } = setup();
    const { result } = renderHook(
      () => ({ list: useListPage(users, { page: 1, perPage: 25 }), labels: useRelationLabels(orders, "owner", ["u1"]), update: useUpdateRecord(users) }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.list.isSuccess && !result.current.labels.isLoading).toBe(true));
    backend.resolveRelation.mockResolvedValueOnce([{ value: "u1", label: "Renamed" }]);
    await act(() => result.current.update.mutateAsync({ id: "u1", patch: { name: "Renamed" } }));
    await waitFor(() => expect(result.current.labels.labelOf("u1")).toBe("Renamed"));
    expect(backend.list).toHaveBeenCalledTimes(2);
  });

  it("useCreateRecord seeds the record cache and refetches lists", async () => {
    const { backend, client, keys, wrapper } = setup();
    const { result } = renderHook(() => ({ list: useListPage(orders, { page: 1, perPage: 25 }), create: useCreateRecord(orders) }), { wrapper });
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    await act(() => result.current.create.mutateAsync({ name: "N" }));
    expect(client.getQueryData(keys.record("orders", "new"))).toEqual({ item: { id: "new", name: "N" }, version: '"1"' });
    await waitFor(() => expect(backend.list).toHaveBeenCalledTimes(2));
  });

  it("useDeleteRecord sends the cached version and drops the record", async () => {
    const { backend, client, keys, wrapper } = setup();
    client.setQueryData(keys.record("orders", "o1"), { item: { id: "o1" }, version: '"1"' });
    const { result } = renderHook(() => ({ remove: useDeleteRecord(orders) }), { wrapper });
    await act(() => result.current.remove.mutateAsync({ id: "o1" }));
    expect(backend.remove.mock.calls[0]?.slice(1)).toEqual(["o1", '"1"']);
    expect(client.getQueryData(keys.record("orders", "o1"))).toBeUndefined();
  });
});

describe("useDashboard / useActivity", () => {
  it("uses the backend's dashboard when it has one", async () => {
    const { backend, wrapper } = setup();
    const dashboard = async () => ({ models: [{ resource: "orders", label: "Orders", count: 3 }] });
    Object.assign(backend, { dashboard });
    const { result } = renderHook(() => useDashboard(), { wrapper });
    await waitFor(() => expect(result.current.data?.models).toEqual([{ resource: "orders", label: "Orders", count: 3 }]));
    expect(backend.list).not.toHaveBeenCalled();
  });

  it("falls back to per_page=1 counts, leaving out resources that fail", async () => {
    const { backend, wrapper } = setup();
    backend.list.mockImplementation(async (r, q) => {
      if (r.name === "users") throw new Error("403");
      return { items: [], total: 42, page: q.page, perPage: q.perPage };
    });
    const { result } = renderHook(() => useDashboard(), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toEqual({ models: [{ resource: "orders", label: "orders", count: 42 }], totalRecords: 42 });
    expect(backend.list.mock.calls.map((c) => c[1])).toEqual([
      { page: 1, perPage: 1 },
      { page: 1, perPage: 1 },
    ]);
  });

  it("activity stays idle when the backend has none, and loads when it has", async () => {
    const { backend, wrapper } = setup();
    const idle = renderHook(() => useActivity({ limit: 10 }), { wrapper });
    expect(idle.result.current.fetchStatus).toBe("idle");

    const entries = [{ action: "update", resource: "orders", recordId: "o1", timestamp: "2024-01-01T00:00:00Z", user: null, changes: {} }];
    const backend2 = new FakeBackend();
    backend2.capabilities.mockReturnValue({ ...backend.capabilities(), activity: true });
    Object.assign(backend2, { activity: async () => entries });
    const { result } = renderHook(() => useActivity({ resource: "orders", limit: 10 }), { wrapper: dataWrapper(backend2, schema, testQueryClient()) });
    await waitFor(() => expect(result.current.data).toEqual(entries));
  });
});
