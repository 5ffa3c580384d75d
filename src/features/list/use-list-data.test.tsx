// A view wider than the backend's page cap: the first backend page first, then only the pages
// that hold rows (none past the total); the stitched page holds every row once.
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { ListQuery, Page } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { FakeBackend, fakeResource, fakeSchema } from "../../testing/fake-backend.ts";
import { dataWrapper, testQueryClient } from "../../testing/data-wrapper.tsx";
import { useListData } from "./use-list-data.ts";

/** A backend holding `total` rows, paging them as a server would. */
function backendWithRows(total: number): FakeBackend {
  const backend = new FakeBackend();
  backend.list.mockImplementation(async (_r: ResourceSchema, q: ListQuery): Promise<Page> => {
    const from = (q.page - 1) * q.perPage;
    const ids = Array.from({ length: Math.max(0, Math.min(q.perPage, total - from)) }, (_, i) => ({ id: `r${from + i + 1}` }));
    return { items: ids, total, page: q.page, perPage: q.perPage };
  });
  return backend;
}

const orders = fakeResource("orders");

describe("useListData over a backend page cap", () => {
  it.each([
    [119, [1, 2]],
    [25, [1]],
    [0, [1]],
  ])("all rows of %i: asks for backend pages %j and no more", async (total, pages) => {
    const backend = backendWithRows(total);
    const { result } = renderHook(() => useListData(orders, { page: 1, perPage: 2000 }, 100, true), { wrapper: dataWrapper(backend, fakeSchema()) });
    await waitFor(() => expect(result.current.page?.items).toHaveLength(total));
    expect(backend.list.mock.calls.map(([, q]) => q.page)).toEqual(pages);
    expect(new Set(result.current.page!.items.map((it) => it.id)).size).toBe(total);
    expect(result.current.page!.total).toBe(total);
  });

  it("a view within the cap is one request, and the next view is prefetched only while rows remain", async () => {
    const backend = backendWithRows(30);
    const { result } = renderHook(() => useListData(orders, { page: 1, perPage: 25 }, 100, true), { wrapper: dataWrapper(backend, fakeSchema()) });
    await waitFor(() => expect(result.current.page?.items).toHaveLength(25));
    await waitFor(() => expect(backend.list).toHaveBeenCalledTimes(2));
    expect(backend.list.mock.calls.map(([, q]) => [q.page, q.perPage])).toEqual([
      [1, 25],
      [2, 25],
    ]);
  });
});

const schema = fakeSchema("T", [orders]);
const CAP = 1000; // one request per view

function setup() {
  const backend = new FakeBackend();
  return { backend, wrapper: dataWrapper(backend, schema, testQueryClient()) };
}

describe("useListData", () => {
  it("passes the query and an abort signal; keeps the previous page while the next loads, then replaces it", async () => {
    const { backend, wrapper } = setup();
    let release: (p: Page) => void = () => undefined;
    const { result, rerender } = renderHook(({ q }: { q: ListQuery }) => useListData(orders, q, CAP, false), {
      wrapper,
      initialProps: { q: { page: 1, perPage: 25 } },
    });
    await waitFor(() => expect(result.current.page?.items).toEqual([{ id: "p1" }]));
    expect(backend.list.mock.calls[0]?.[1]).toEqual({ page: 1, perPage: 25 });
    expect(backend.list.mock.calls[0]?.[2]?.signal).toBeInstanceOf(AbortSignal);

    backend.list.mockImplementationOnce(() => new Promise<Page>((r) => (release = r)));
    rerender({ q: { page: 2, perPage: 25 } });
    await waitFor(() => expect(backend.list).toHaveBeenCalledTimes(2));
    expect(backend.list.mock.calls[1]?.[1]).toEqual({ page: 2, perPage: 25 });
    expect(result.current.isFetching).toBe(true);
    expect(result.current.page?.items).toEqual([{ id: "p1" }]);
    expect(result.current.isPlaceholder).toBe(true);
    await act(async () => release({ items: [{ id: "second" }], total: 100, page: 2, perPage: 25 }));
    await waitFor(() => expect(result.current.page?.items).toEqual([{ id: "second" }]));
    expect(result.current.isPlaceholder).toBe(false);
  });

  it("equal queries share one request", async () => {
    const { backend, wrapper } = setup();
    const a = renderHook(() => useListData(orders, { page: 1, perPage: 25, search: " x " }, CAP, false), { wrapper });
    const b = renderHook(() => useListData(orders, { page: 1, perPage: 25, search: "x", sort: [], filters: [] }, CAP, false), { wrapper });
    await waitFor(() => expect(a.result.current.page && b.result.current.page).toBeTruthy());
    expect(backend.list).toHaveBeenCalledTimes(1);
  });
});
