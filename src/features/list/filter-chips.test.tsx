// The "Active filters" chips: relation filters show the related records' labels (one batched
// look-up), unknown ids stay ids, other filters keep their text; remove and clear report back.
import { describe, expect, it, vi } from "vitest";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, RouterProvider } from "react-router";
import type { FilterCondition, ListQuery, Page } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { CAPABILITIES, FakeBackend, fakeResource, fakeSchema } from "../../testing/fake-backend.ts";
import { dataWrapper } from "../../testing/data-wrapper.tsx";
import { FilterChips, relationFilterIds } from "./filter-chips.tsx";
import { ListPage } from "./list-page.tsx";

const base = fakeResource("orders");
const resource: ResourceSchema = {
  ...base,
  label: "Order",
  label_plural: "Orders",
  list: { fields: ["name", "total"], search_fields: ["name"], filter_fields: ["name", "owner", "total"], sort_default: "", page_size: 25 },
  fields: {
    ...base.fields,
    owner: { ...base.fields.owner!, label: "Owner" },
    total: { type: "number", widget: "number", required: false, readonly: false, label: "Total" },
  },
};
const schema = fakeSchema("Fake", [resource, fakeResource("users")]);

function renderChips(filters: FilterCondition[], supportedOps = ["eq", "in", "between"]) {
  const backend = new FakeBackend();
  const onRemove = vi.fn();
  const onClear = vi.fn();
  const Wrapper = dataWrapper(backend, schema);
  render(
    <Wrapper>
      <FilterChips resource={resource} filters={filters} supportedOps={supportedOps} onRemove={onRemove} onClear={onClear} />
    </Wrapper>,
  );
  return { backend, onRemove, onClear };
}

const chips = () => screen.getByRole("list", { name: "Active filters" });

describe("FilterChips", () => {
  it("shows a relation filter's labels instead of its ids, resolved in one batched request", async () => {
    const owners: FilterCondition = { field: "owner", op: "in", value: ["u1", "u2"] };
    const total: FilterCondition = { field: "total", op: "between", value: [10, 20] };
    const { backend } = renderChips([owners, total]);
    expect(await screen.findByRole("button", { name: "Remove filter Owner: User u1, User u2" })).toBeInTheDocument();
    expect(within(chips()).getByText("Owner: User u1, User u2")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Remove filter Total: 10 – 20" })).toBeInTheDocument();
    expect(backend.resolveRelation).toHaveBeenCalledTimes(1);
    expect(backend.resolveRelation.mock.calls[0]![1]).toBe("owner");
    expect([...backend.resolveRelation.mock.calls[0]![2]].map(String).sort()).toEqual(["u1", "u2"]);
  });

  it("keeps an id the backend does not know; eq and ne name the label too", async () => {
    renderChips([
      { field: "owner", op: "eq", value: "missing" },
      { field: "editor", op: "ne", value: "u3" },
    ]);
    expect(await screen.findByRole("button", { name: "Remove filter Editor is not User u3" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Remove filter Owner: missing" })).toBeInTheDocument();
  });

  it("does not look anything up for non-relation filters or an exists filter", async () => {
    const { backend } = renderChips([
      { field: "name", op: "contains", value: "u1" },
      { field: "owner", op: "exists", value: true },
    ]);
    expect(screen.getByRole("button", { name: "Remove filter Name contains “u1”" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Remove filter Owner is set" })).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 20));
    expect(backend.resolveRelation).not.toHaveBeenCalled();
  });

  it("reports which chip was removed, and Clear filters; marks filters the server does not apply", async () => {
    const user = userEvent.setup();
    const owner: FilterCondition = { field: "owner", op: "eq", value: "u4" };
    const name: FilterCondition = { field: "name", op: "contains", value: "x" };
    const { onRemove, onClear } = renderChips([owner, name], ["eq"]);
    await user.click(await screen.findByRole("button", { name: "Remove filter Owner: User u4" }));
    expect(onRemove).toHaveBeenCalledWith(owner);
    expect(within(chips()).getByText(/not applied/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(onClear).toHaveBeenCalledTimes(1);
  });

  it("collects the ids of single, list and range values only", () => {
    expect(relationFilterIds({ field: "owner", op: "eq", value: "a" })).toEqual(["a"]);
    expect(relationFilterIds({ field: "owner", op: "in", value: ["a", 2, null, ""] })).toEqual(["a", 2]);
    expect(relationFilterIds({ field: "owner", op: "exists", value: true })).toEqual([]);
  });
});

describe("list page filter chips", () => {
  it("a relation filter from the URL shows the related record's label, and removing it clears the URL", async () => {
    const user = userEvent.setup();
    const backend = new FakeBackend();
    backend.capabilities.mockReturnValue({ ...CAPABILITIES, filterOps: ["eq", "in", "between", "contains"] });
    backend.list.mockImplementation(async (_r, q: ListQuery): Promise<Page> => ({ items: [{ id: "r1", name: "Only row", owner: "u7", total: 1 }], total: 1, page: q.page, perPage: q.perPage }));
    const router = createMemoryRouter([{ path: "/r/:resource", element: <ListPage /> }], { initialEntries: ['/r/orders?f=owner:in:["u7"]'] });
    const Wrapper = dataWrapper(backend, schema);
    render(
      <Wrapper>
        <RouterProvider router={router} />
      </Wrapper>,
    );
    const chip = await screen.findByRole("button", { name: "Remove filter Owner: User u7" }, { timeout: 5000 });
    expect(within(chips()).queryByText("Owner: u7")).toBeNull();
    await user.click(chip);
    await waitFor(() => expect(router.state.location.search).not.toMatch(/owner/));
    expect(screen.queryByRole("list", { name: "Active filters" })).toBeNull();
  });
});
