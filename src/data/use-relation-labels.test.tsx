import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Id } from "../backend/types.ts";
import { FakeBackend, fakeResource, fakeSchema } from "../testing/fake-backend.ts";
import { dataWrapper, testQueryClient } from "../testing/data-wrapper.tsx";
import { usePageRelationLabels, useRelationLabels } from "./use-relation-labels.ts";
import { seedRelationLabels } from "./use-relation-labels.ts";
import { queryKeys } from "./query-keys.ts";

const orders = fakeResource("orders");
const schema = fakeSchema("T", [orders, fakeResource("users")]);

function setup() {
  const backend = new FakeBackend();
  const client = testQueryClient();
  const wrapper = dataWrapper(backend, schema, client);
  return { backend, client, wrapper };
}

describe("useRelationLabels", () => {
  it("resolves many ids in one call and labels them", async () => {
    const { backend, wrapper } = setup();
    const { result } = renderHook(() => useRelationLabels(orders, "owner", ["a", "b", "c", "a", null, ""]), { wrapper });
    expect(result.current.isLoading).toBe(true);
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(backend.resolveRelation).toHaveBeenCalledTimes(1);
    expect(backend.resolveRelation.mock.calls[0]?.[1]).toBe("owner");
    expect(backend.resolveRelation.mock.calls[0]?.[2]).toEqual(["a", "b", "c"]);
    expect(result.current.labelOf("b")).toBe("User b");
    expect([...result.current.labels.keys()]).toEqual(["a", "b", "c"]);
  });

  it("never fetches a label twice: re-render and later hooks use the cache, new ids go alone", async () => {
    const { backend, wrapper } = setup();
    const first = renderHook(({ ids }: { ids: Id[] }) => useRelationLabels(orders, "owner", ids), { wrapper, initialProps: { ids: ["a", "b"] } });
    await waitFor(() => expect(first.result.current.isLoading).toBe(false));
    first.rerender({ ids: ["a", "b"] });
    first.rerender({ ids: ["b", "a"] });
    expect(backend.resolveRelation).toHaveBeenCalledTimes(1);

    const second = renderHook(() => useRelationLabels(orders, "owner", ["a", "b", "c"]), { wrapper });
    await waitFor(() => expect(second.result.current.isLoading).toBe(false));
    expect(backend.resolveRelation).toHaveBeenCalledTimes(2);
    expect(backend.resolveRelation.mock.calls[1]?.[2]).toEqual(["c"]);
    expect(second.result.current.labelOf("a")).toBe("User a");
  });

  it("batches ids requested by many hooks in the same tick (one per list cell)", async () => {
    const { backend, wrapper } = setup();
    const ids = Array.from({ length: 25 }, (_, i) => `u${i}`);
    const { result } = renderHook(
      () => ids.map((id) => useRelationLabels(orders, "owner", [id])),
      { wrapper },
    );
    await waitFor(() => expect(result.current.every((r) => !r.isLoading)).toBe(true));
    expect(backend.resolveRelation).toHaveBeenCalledTimes(1);
    expect(backend.resolveRelation.mock.calls[0]?.[2]).toEqual(ids);
    expect(result.current[24]?.labelOf("u24")).toBe("User u24");
  });

  it("shares labels between fields with the same relation target", async () => {
    const { backend, wrapper } = setup();
    const owner = renderHook(() => useRelationLabels(orders, "owner", ["a"]), { wrapper });
    await waitFor(() => expect(owner.result.current.isLoading).toBe(false));
    const editor = renderHook(() => useRelationLabels(orders, "editor", ["a"]), { wrapper });
    expect(editor.result.current.labelOf("a")).toBe("User a");
    expect(backend.resolveRelation).toHaveBeenCalledTimes(1);
  });

  it("an id the backend does not know has no label and is not asked again", async () => {
    const { backend, wrapper } = setup();
    const { result, rerender } = renderHook(() => useRelationLabels(orders, "owner", ["missing", "a"]), { wrapper });
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(result.current.labelOf("missing")).toBeUndefined();
    rerender();
    expect(backend.resolveRelation).toHaveBeenCalledTimes(1);
  });

  it("reports errors", async () => {
    const { backend, wrapper } = setup();
    backend.resolveRelation.mockRejectedValueOnce(new Error("nope"));
    const { result } = renderHook(() => useRelationLabels(orders, "owner", ["x"]), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
  });

  it("seeded options (picker results) are used without a request", async () => {
    const { backend, client, wrapper } = setup();
    seedRelationLabels(client, queryKeys(backend.baseUrl, "u1"), orders, "owner", [{ value: 7, label: "Seven" }]);
    const { result } = renderHook(() => useRelationLabels(orders, "owner", [7]), { wrapper });
    expect(result.current.labelOf(7)).toBe("Seven");
    await act(async () => new Promise((r) => setTimeout(r, 5)));
    expect(backend.resolveRelation).not.toHaveBeenCalled();
  });

  it("a page's labels change identity only when a label or a pending/failed state does (a list's rows are memoised on it)", async () => {
    const { wrapper } = setup();
    const seen = new Set<unknown>();
    const { result, rerender } = renderHook(
      ({ ids }: { ids: Id[] }) => {
        const labels = usePageRelationLabels(orders, [{ field: "owner", ids }]);
        seen.add(labels);
        return labels;
      },
      { wrapper, initialProps: { ids: ["a", "b"] } },
    );
    await waitFor(() => expect(result.current.isPending("owner")).toBe(false));
    // pending, then resolved: the query's fetch starting in between is not a change
    expect(seen.size).toBe(2);
    rerender({ ids: ["a", "b"] });
    expect(seen.size).toBe(2);
    rerender({ ids: ["b", "c"] });
    await waitFor(() => expect(result.current.labelsOf("owner").get("c")).toBe("User c"));
    expect(seen.size).toBe(4);
  });
});
