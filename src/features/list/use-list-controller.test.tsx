// The list controller without the page: URL state → query, sort, selection, optimistic delete,
// columns, saved views and row actions, over a fake Backend and a memory router.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { act, renderHook, waitFor } from "@testing-library/react";
import { useState, type ReactNode } from "react";
import { createMemoryRouter, RouterProvider } from "react-router";
import type { Capabilities, Item, ListQuery, Page } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { ApiError } from "../../backend/api-error.ts";
import { CAPABILITIES, FakeBackend, fakeResource, fakeSchema } from "../../testing/fake-backend.ts";
import { dataWrapper } from "../../testing/data-wrapper.tsx";
import { clearToasts, getToasts } from "../../ui/toast-store.ts";
import { loadPrefs } from "./list-prefs.ts";
import { useListController } from "./use-list-controller.ts";

const base = fakeResource("orders");
const resource: ResourceSchema = {
  ...base,
  label: "Order",
  label_plural: "Orders",
  list: { fields: ["name", "owner", "total"], search_fields: ["name"], filter_fields: ["name", "total"], sort_default: "", page_size: 25 },
  fields: { ...base.fields, total: { type: "number", widget: "number", required: false, readonly: false, label: "Total" } },
};

function rowsFor(q: ListQuery, total = 60): Page {
  const from = (q.page - 1) * q.perPage;
  const items: Item[] = [];
  for (let i = from; i < Math.min(total, from + q.perPage); i++) items.push({ id: `r${i}`, name: `Item ${i}`, owner: `u${i % 5}`, total: i });
  return { items, total, page: q.page, perPage: q.perPage };
}

function setup(path = "/r/orders", caps: Partial<Capabilities> = {}, listed: ResourceSchema = resource) {
  const backend = new FakeBackend();
  backend.capabilities.mockReturnValue({ ...CAPABILITIES, filterOps: ["eq", "in", "between", "contains"], ...caps });
  backend.list.mockImplementation(async (_r, q) => rowsFor(q));
  const Data = dataWrapper(backend, fakeSchema("Fake", [listed, fakeResource("users")]));
  const routers: ReturnType<typeof createMemoryRouter>[] = [];
  function Wrapper({ children }: { children: ReactNode }) {
    // the list route renders the hook; anything else (a row action's target) renders nothing
    const [router] = useState(() => createMemoryRouter([{ path: "/r/:resource", element: children }, { path: "*", element: null }], { initialEntries: [path] }));
    routers.push(router);
    return (
      <Data>
        <RouterProvider router={router} />
      </Data>
    );
  }
  const hook = renderHook(() => useListController(listed), { wrapper: Wrapper });
  const location = () => {
    const { pathname, search } = routers[0]!.state.location;
    return pathname + search;
  };
  const loaded = () => waitFor(() => expect(hook.result.current.page).toBeDefined());
  return { backend, location, loaded, ...hook };
}

beforeEach(() => {
  localStorage.clear();
  clearToasts();
});
afterEach(() => clearToasts());

describe("useListController", () => {
  it("asks for a new view's rows at the change itself, before the page re-renders with the new URL", async () => {
    const { result, backend, loaded } = setup("/r/orders");
    await loaded();
    const calls = backend.list.mock.calls.length;
    const renderedQuery = result.current.query;
    act(() => {
      result.current.update({ sort: [{ field: "total", desc: true }] });
      // still in the press's own task: the hook has not rendered the new URL yet
      expect(result.current.query).toBe(renderedQuery);
      expect(backend.list.mock.calls.length).toBe(calls + 1);
    });
    const asked = backend.list.mock.calls[calls]![1];
    // the very query the list then renders, so that request is the one it shows (no second one)
    await waitFor(() => expect(result.current.query).toEqual(asked));
    await waitFor(() => expect(result.current.rows[0]?.id).toBeDefined());
    expect(backend.list.mock.calls.filter((c) => JSON.stringify(c[1]) === JSON.stringify(asked))).toHaveLength(1);
  });

  it("reads the view from the URL and asks the backend for exactly its query", async () => {
    const { result, backend, loaded } = setup('/r/orders?page=2&per_page=10&sort=-total&q=Item&f=name:contains:"x"');
    const query: ListQuery = {
      page: 2,
      perPage: 10,
      sort: [{ field: "total", desc: true }],
      search: "Item",
      filters: [{ field: "name", op: "contains", value: "x" }],
    };
    expect(result.current.query).toEqual(query);
    await loaded();
    expect(backend.list.mock.calls[0]![1]).toEqual(query);
    expect(result.current.rows.map((r) => r.id)).toEqual(["r10", "r11", "r12", "r13", "r14", "r15", "r16", "r17", "r18", "r19"]);
    expect(result.current).toMatchObject({ total: 60, lastPage: 6 });
    expect(result.current.filters).toMatchObject({ open: true, active: query.filters });
    expect(result.current.highlight).toEqual({ term: "Item", fields: ["name"] });
  });

  it("sends a header's sort through the URL and goes back to page 1", async () => {
    const { result, backend, location, loaded } = setup("/r/orders?page=3");
    await loaded();
    act(() => result.current.table.getColumn("name")!.toggleSorting(true));
    await waitFor(() => expect(location()).toBe("/r/orders?sort=-name"));
    expect(result.current.query).toMatchObject({ page: 1, sort: [{ field: "name", desc: true }] });
    await waitFor(() => expect(backend.list.mock.calls.map(([, q]) => q)).toContainEqual({ page: 1, perPage: 25, sort: [{ field: "name", desc: true }] }));
    expect(result.current.sort).toMatchObject({ applied: true, effective: [{ field: "name", desc: true }], multi: false });
  });

  it("shows no sort where an unreliable backend provably did not apply it", async () => {
    const { result, loaded } = setup("/r/orders?sort=-total", { sortReliable: false });
    await loaded(); // the fake answers in ascending order whatever was asked
    expect(result.current.sort).toMatchObject({ applied: false, sent: [{ field: "total", desc: true }], effective: [] });
  });

  it("keeps picked rows across pages, selects all matching, and starts over for another search", async () => {
    const { result, loaded } = setup();
    await loaded();
    act(() => result.current.table.getRow("r1").toggleSelected(true));
    expect(result.current.selection).toMatchObject({ count: 1, pageAll: false, selection: { kind: "ids", ids: ["r1"] } });
    act(() => result.current.update({ page: 2 }));
    await waitFor(() => expect(result.current.rows[0]?.id).toBe("r25"));
    act(() => result.current.table.toggleAllPageRowsSelected(true));
    expect(result.current.selection.count).toBe(26);
    expect(result.current.selection.pageAll).toBe(true);
    act(() => result.current.selection.selectAllMatching());
    expect(result.current.selection.selection).toEqual({ kind: "all-matching", query: { page: 1, perPage: 25, sort: [] }, total: 60 });
    act(() => result.current.update({ search: "Item" }));
    await waitFor(() => expect(result.current.query.search).toBe("Item"));
    expect(result.current.selection.count).toBe(0);
  });

  it("names a row to delete by what the row shows when its name field is personal data, not by its id", async () => {
    const personal: ResourceSchema = { ...resource, fields: { ...resource.fields, name: { ...resource.fields.name!, gdpr: true } } };
    const { result, loaded } = setup("/r/orders", {}, personal);
    await loaded();
    act(() => result.current.rowActions.run("delete", result.current.rows[0]!));
    expect(result.current.deletion.confirming).toEqual({ id: "r0", label: "Item 0" });
  });

  it("removes a deleted row at once, unpicks it, and puts it back when the server refuses", async () => {
    const { result, backend, loaded } = setup();
    await loaded();
    let reject: (e: Error) => void = () => {};
    backend.remove.mockImplementation(() => new Promise<void>((_res, rej) => (reject = rej)));
    act(() => result.current.table.getRow("r0").toggleSelected(true));
    const item = result.current.rows[0]!;
    act(() => result.current.rowActions.run("delete", item));
    expect(result.current.deletion.confirming).toEqual({ id: "r0", label: "Item 0" });
    expect(backend.remove).not.toHaveBeenCalled();
    act(() => result.current.deletion.confirm());
    expect(result.current.deletion.confirming).toBeNull();
    expect(result.current.rows.map((r) => r.id)).not.toContain("r0");
    expect(result.current.selection.count).toBe(0);
    await waitFor(() => expect(backend.remove).toHaveBeenCalledTimes(1));
    act(() => reject(new Error("Locked")));
    await waitFor(() => expect(result.current.rows[0]?.id).toBe("r0"));
    expect(getToasts().at(-1)).toMatchObject({ message: "Could not delete Item 0: Locked", tone: "error" });
  });

  it("a row delete the server refuses because other records use it says so with the schema's labels", async () => {
    const { result, backend, loaded } = setup();
    await loaded();
    backend.remove.mockRejectedValue(new ApiError({ status: 422, code: "CASCADE_DENY", message: "Cannot delete this orders record: 2 users record(s) still reference it", refusal: { type: "in-use", usedBy: "users", count: 2 } }));
    act(() => result.current.rowActions.run("delete", result.current.rows[0]!));
    act(() => result.current.deletion.confirm());
    await waitFor(() => expect(result.current.rows[0]?.id).toBe("r0"));
    expect(getToasts().at(-1)).toMatchObject({ message: "Could not delete Item 0. This order is still used by 2 users.", tone: "error" });
  });

  it("does not delete when the confirmation is cancelled", async () => {
    const { result, backend, loaded } = setup();
    await loaded();
    act(() => result.current.rowActions.run("delete", result.current.rows[0]!));
    act(() => result.current.deletion.cancel());
    expect(result.current.deletion.confirming).toBeNull();
    expect(result.current.rows).toHaveLength(25);
    expect(backend.remove).not.toHaveBeenCalled();
  });

  it("sends a row action to its route, relative to the list", async () => {
    const { result, location, loaded } = setup();
    await loaded();
    act(() => result.current.rowActions.run("duplicate", result.current.rows[1]!));
    await waitFor(() => expect(location()).toBe("/r/orders/new?duplicate=r1"));
  });

  it("hides, widens (within limits), reorders and resets columns, remembered for the resource", async () => {
    const { result, loaded } = setup();
    await loaded();
    const saved = () => loadPrefs("https://api.example.com", "orders");
    act(() => result.current.columns.setVisible("total", false));
    expect(result.current.columns.visible).toEqual(["name", "owner"]);
    expect(saved().visibility).toEqual({ total: false });
    const width = result.current.table.getColumn("name")!.getSize();
    act(() => result.current.columns.resize("name", 24));
    expect(result.current.columns.prefs.sizing.name).toBe(width + 24);
    act(() => result.current.columns.resize("name", 10_000));
    expect(saved().sizing.name).toBe(800);
    act(() => result.current.columns.reorder(["total", "owner", "name"]));
    expect(result.current.columns.ordered).toEqual(["total", "owner", "name"]);
    expect(result.current.table.getVisibleLeafColumns().map((c) => c.id)).toEqual(["__select", "owner", "name", "__actions"]);
    act(() => result.current.columns.setDensity("compact"));
    act(() => result.current.columns.reset());
    expect(saved()).toMatchObject({ visibility: {}, order: [], sizing: {}, density: "comfortable" });
  });

  it("saves the query string without its page as a view, and applies a view to the URL and columns", async () => {
    const { result, location, loaded } = setup("/r/orders?page=2&sort=-total");
    await loaded();
    act(() => result.current.columns.setVisible("owner", false));
    act(() => result.current.savedViews.save("Biggest"));
    expect(result.current.savedViews.views).toEqual([{ name: "Biggest", params: "sort=-total", visibility: { owner: false }, order: [] }]);
    expect(getToasts().at(-1)).toMatchObject({ message: "Saved view “Biggest”.", tone: "success" });
    act(() => result.current.update({ sort: [], page: 1 }));
    act(() => result.current.columns.setVisible("owner", true));
    await waitFor(() => expect(location()).toBe("/r/orders"));
    act(() => result.current.savedViews.apply(result.current.savedViews.views[0]!));
    await waitFor(() => expect(location()).toBe("/r/orders?sort=-total"));
    expect(result.current.columns.visible).toEqual(["name", "total"]);
    act(() => result.current.savedViews.remove("Biggest"));
    expect(result.current.savedViews.views).toEqual([]);
  });

  it("applies filters through the URL; the panel starts closed without any", async () => {
    const { result, location, loaded } = setup();
    await loaded();
    expect(result.current.filters).toMatchObject({ open: false, offered: true, fields: ["name", "total"] });
    const paid = { field: "total", op: "between" as const, value: [10, null] };
    act(() => result.current.filters.set([paid, { field: "name", op: "contains", value: "x" }]));
    await waitFor(() => expect(result.current.query.filters).toHaveLength(2));
    act(() => result.current.filters.remove(result.current.filters.active[1]!));
    await waitFor(() => expect(location()).toBe(`/r/orders?${new URLSearchParams({ f: "total:between:[10,null]" })}`));
    act(() => result.current.filters.clear());
    await waitFor(() => expect(location()).toBe("/r/orders"));
  });

});
