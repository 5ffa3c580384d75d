// The pager: hidden for an empty list; a typed page number is dropped when the page count changes.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, RouterProvider } from "react-router";
import { beforeEach, describe, expect, it } from "vitest";
import type { Item, ListQuery, Page } from "../../backend/types.ts";
import { FakeBackend, fakeResource, fakeSchema } from "../../testing/fake-backend.ts";
import { dataWrapper } from "../../testing/data-wrapper.tsx";
import { ListPage } from "./list-page.tsx";

const resource = { ...fakeResource("orders"), label: "Order", label_plural: "Orders" };

function setup(total: number) {
  const backend = new FakeBackend();
  backend.list.mockImplementation(async (_r, q: ListQuery): Promise<Page> => {
    const from = (q.page - 1) * q.perPage;
    const items: Item[] = Array.from({ length: Math.max(0, Math.min(q.perPage, total - from)) }, (_, i) => ({ id: `r${from + i}`, name: `Item ${from + i}` }));
    return { items, total, page: q.page, perPage: q.perPage };
  });
  const router = createMemoryRouter([{ path: "/r/:resource", element: <ListPage /> }], { initialEntries: ["/r/orders"] });
  const Wrapper = dataWrapper(backend, fakeSchema("Fake", [resource, fakeResource("users")]));
  render(
    <Wrapper>
      <RouterProvider router={router} />
    </Wrapper>,
  );
  return { backend };
}

beforeEach(() => localStorage.clear());

describe("Pager", () => {
  it("is not shown for an empty list: no 0 of 0 beside of 1", async () => {
    setup(0);
    await screen.findByRole("table", { name: "Orders" }, { timeout: 15000 });
    await screen.findByText(/no orders/i);
    expect(screen.queryByRole("navigation", { name: "Pagination" })).not.toBeInTheDocument();
    expect(screen.queryByText("0 of 0")).not.toBeInTheDocument();
  });

  it("drops a typed page number when the page count changes", async () => {
    const user = userEvent.setup();
    setup(60);
    await screen.findByText("1–25 of 60", {}, { timeout: 15000 });
    const pager = screen.getByRole("navigation", { name: "Pagination" });
    const jump = within(pager).getByRole("spinbutton", { name: "Go to page" });
    await user.type(jump, "3");
    expect(jump).toHaveValue(3);
    await user.selectOptions(within(pager).getByRole("combobox", { name: "Rows per page" }), "10");
    await screen.findByText("1–10 of 60");
    expect(within(pager).getByText("of 6")).toBeInTheDocument();
    expect(jump).toHaveValue(null);
  });
});
