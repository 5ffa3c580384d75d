// The list view over a fake Backend: capability gating (multi-sort, unreliable sort, no server
// filters), batched relation labels, selection, keyboard, optimistic delete, columns, views.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, RouterProvider } from "react-router";
import type { Capabilities, Item, ListQuery, Page } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { CAPABILITIES, FakeBackend, fakeResource, fakeSchema } from "../../testing/fake-backend.ts";
import { dataWrapper } from "../../testing/data-wrapper.tsx";
import { activateLocale } from "../../i18n/translate.ts";
import { ListPage } from "./list-page.tsx";
import type * as formatCellModule from "../shared/format-cell.ts";
import { formatCell } from "../shared/format-cell.ts";

// the real formatCell, counted: a row's render formats its record link's text once
vi.mock("../shared/format-cell.ts", async (original) => {
  const real = await original<typeof formatCellModule>();
  return { ...real, formatCell: vi.fn(real.formatCell) };
});

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

function setup(path = "/r/orders", caps: Partial<Capabilities> = {}, list: (q: ListQuery) => Promise<Page> = async (q) => rowsFor(q)) {
  const backend = new FakeBackend();
  backend.capabilities.mockReturnValue({ ...CAPABILITIES, filterOps: ["eq", "in", "between", "contains"], ...caps });
  backend.list.mockImplementation(async (_r, q) => list(q));
  const schema = fakeSchema("Fake", [resource, fakeResource("users")]);
  const router = createMemoryRouter(
    [
      { path: "/r/:resource", element: <ListPage /> },
      { path: "/r/:resource/new", element: <p>new page</p> },
      { path: "/r/:resource/:id", element: <p>record page</p> },
    ],
    { initialEntries: [path] },
  );
  const Wrapper = dataWrapper(backend, schema);
  const utils = render(
    <Wrapper>
      <RouterProvider router={router} />
    </Wrapper>,
  );
  const location = () => router.state.location.pathname + router.state.location.search;
  return { backend, router, location, ...utils };
}

const table = () => screen.getByRole("table", { name: "Orders" });
const dataRows = () => within(table()).getAllByRole("row").slice(1);
const lastQuery = (backend: FakeBackend): ListQuery => backend.list.mock.calls.at(-1)![1];

beforeEach(() => localStorage.clear());
afterEach(() => vi.useRealTimers());

describe("ListView", () => {
  it("renders columns by field label, the range text, and prefetches the next page", async () => {
    const { backend } = setup();
    await screen.findByText("1–25 of 60", {}, { timeout: 15000 });
    expect(within(table()).getAllByRole("columnheader").map((h) => h.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining("Name"), expect.stringContaining("Owner"), expect.stringContaining("Total")]),
    );
    expect(dataRows()).toHaveLength(25);
    await waitFor(() => expect(backend.list.mock.calls.some(([, q]) => q.page === 2)).toBe(true));
  });

  it("resolves relation labels in one batched request per page, never one per row", async () => {
    const { backend } = setup();
    await screen.findByText("1–25 of 60", {}, { timeout: 15000 });
    await waitFor(() => expect(within(dataRows()[0]!).getByText("User u0")).toBeInTheDocument());
    const ownerCalls = backend.resolveRelation.mock.calls.filter(([, field]) => field === "owner");
    expect(ownerCalls).toHaveLength(1);
    expect([...ownerCalls[0]![2]].map(String).sort()).toEqual(["u0", "u1", "u2", "u3", "u4"]);
  });

  it("sorts from a header click with aria-sort; shift-click adds a key only when the backend sorts by several", async () => {
    const user = userEvent.setup();
    const multi = setup("/r/orders", { multiSort: true });
    await screen.findByText("1–25 of 60", {}, { timeout: 15000 });
    await user.click(screen.getByRole("button", { name: "Name" }));
    await waitFor(() => expect(multi.location()).toBe("/r/orders?sort=name"));
    expect(screen.getByRole("columnheader", { name: "Name" })).toHaveAttribute("aria-sort", "ascending");
    await user.keyboard("{Shift>}");
    await user.click(screen.getByRole("button", { name: "Total" }));
    await user.keyboard("{/Shift}");
    await waitFor(() => expect(lastQuery(multi.backend).sort).toEqual([
      { field: "name", desc: false },
      { field: "total", desc: false },
    ]));
    expect(multi.location()).toBe("/r/orders?sort=name%2Ctotal");
    multi.unmount();

    const single = setup("/r/orders?sort=name", { multiSort: false });
    await screen.findByText("1–25 of 60", {}, { timeout: 15000 });
    await user.keyboard("{Shift>}");
    await user.click(screen.getByRole("button", { name: "Total" }));
    await user.keyboard("{/Shift}");
    await waitFor(() => expect(lastQuery(single.backend).sort).toEqual([{ field: "total", desc: false }]));
    expect(screen.getByRole("columnheader", { name: "Total" })).toHaveAttribute("aria-sort", "ascending");
    expect(screen.getByRole("columnheader", { name: "Name" })).toHaveAttribute("aria-sort", "none");
  });

  it("drops the sort indicator when an unreliable backend did not apply the sort", async () => {
    const { backend } = setup("/r/orders?sort=-total", { sortReliable: false });
    await screen.findByText("1–25 of 60", {}, { timeout: 15000 }); // the fake returns ascending rows whatever was asked
    expect(lastQuery(backend).sort).toEqual([{ field: "total", desc: true }]);
    expect(await screen.findByText(/The server did not apply the sort by Total/)).toBeInTheDocument();
    expect(screen.getByRole("columnheader", { name: "Total" })).toHaveAttribute("aria-sort", "none");
  });

  it("says so when the backend cannot filter on the server, and does not send the filters", async () => {
    const user = userEvent.setup();
    const { backend } = setup('/r/orders?f=name:contains:"x"', { filterOps: [] });
    await screen.findByText("1–25 of 60", {}, { timeout: 15000 });
    expect(lastQuery(backend).filters).toBeUndefined();
    expect(screen.getByText(/not applied: this backend cannot filter on the server/)).toBeInTheDocument();
    // the panel opens by itself when the URL carries filters
    expect(screen.getByRole("button", { name: /^Filters/ })).toHaveAttribute("aria-expanded", "true");
    expect(await screen.findByRole("note")).toHaveTextContent("This backend cannot filter on the server");
    await user.click(screen.getByRole("button", { name: /^Filters/ }));
    expect(screen.queryByRole("note")).not.toBeInTheDocument();
  });

  it("applies a filter from the panel as a removable chip in the URL", async () => {
    const user = userEvent.setup();
    const { backend, location } = setup();
    await screen.findByText("1–25 of 60", {}, { timeout: 15000 });
    await user.click(screen.getByRole("button", { name: /^Filters/ }));
    await user.type(within(await screen.findByRole("group", { name: "Filters" })).getByRole("searchbox", { name: "Name" }), "Item 1");
    await waitFor(() => expect(lastQuery(backend).filters).toEqual([{ field: "name", op: "contains", value: "Item 1" }]), { timeout: 2000 });
    expect(location()).toContain("f=name%3Acontains%3A%22Item+1%22");
    const chip = await screen.findByRole("button", { name: "Remove filter Name contains “Item 1”" });
    await user.click(chip);
    await waitFor(() => expect(lastQuery(backend).filters).toBeUndefined());
    expect(location()).toBe("/r/orders");
  });

  it("debounces the search into the query and highlights matches", async () => {
    const user = userEvent.setup();
    const { backend, location } = setup();
    await screen.findByText("1–25 of 60", {}, { timeout: 15000 });
    const calls = backend.list.mock.calls.length;
    await user.type(screen.getByRole("searchbox", { name: "Search" }), "Item 1");
    await waitFor(() => expect(lastQuery(backend).search).toBe("Item 1"), { timeout: 2000 });
    // one request for the final term (plus its next-page prefetch), not one per keystroke
    expect(backend.list.mock.calls.slice(calls).filter(([, q]) => q.page === 1).length).toBe(1);
    expect(location()).toBe("/r/orders?q=Item+1");
    await waitFor(() => expect(table().querySelectorAll("mark").length).toBeGreaterThan(0));
  });

  it("selects rows, the page, then all matching, and shows the count", async () => {
    const user = userEvent.setup();
    setup();
    await screen.findByText("1–25 of 60", {}, { timeout: 15000 });
    await user.click(within(dataRows()[0]!).getByRole("checkbox", { name: "Select row" }));
    expect(screen.getByText("1 selected")).toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: "Select all" }));
    expect(screen.getByText("25 selected")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Select all 60 matching" }));
    expect(screen.getByText("60 selected")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear selection" }));
    expect(screen.queryByText(/selected$/)).not.toBeInTheDocument();
  });

  it("moves between rows with the arrow keys, selects with Space and opens with Enter", async () => {
    const user = userEvent.setup();
    const { location } = setup();
    await screen.findByText("1–25 of 60", {}, { timeout: 15000 });
    act(() => dataRows()[0]!.focus());
    await user.keyboard("{ArrowDown}");
    expect(dataRows()[1]).toHaveFocus();
    await user.keyboard(" ");
    expect(within(dataRows()[1]!).getByRole("checkbox", { name: "Select row" })).toBeChecked();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(location()).toBe("/r/orders/r1"));
  });

  it("deletes a row optimistically after confirmation and puts it back when the server refuses", async () => {
    const user = userEvent.setup();
    const { backend } = setup();
    await screen.findByText("1–25 of 60", {}, { timeout: 15000 });
    let reject: (e: Error) => void = () => {};
    backend.remove.mockImplementation(() => new Promise<void>((_res, rej) => (reject = rej)));
    await user.click(within(dataRows()[0]!).getByRole("button", { name: "Actions for Order Item 0" }));
    await user.click(await screen.findByRole("menuitem", { name: "Delete" }));
    // named as the record page names it (its name field), not by the row's first column
    const dialog = await screen.findByRole("dialog", { name: "Delete Item 0?" });
    await user.click(within(dialog).getByRole("button", { name: "Delete" }));
    await waitFor(() => expect(within(table()).queryByText("Item 0")).not.toBeInTheDocument());
    act(() => reject(new Error("Locked")));
    expect(await within(table()).findByText("Item 0")).toBeInTheDocument();
  });

  it("hides a column and remembers it for the resource", async () => {
    const user = userEvent.setup();
    const first = setup();
    await screen.findByText("1–25 of 60", {}, { timeout: 15000 });
    await user.click(screen.getByRole("button", { name: "Columns" }));
    await user.click(await screen.findByRole("checkbox", { name: "Total" }));
    await waitFor(() => expect(screen.queryByRole("columnheader", { name: "Total" })).not.toBeInTheDocument());
    first.unmount();
    setup();
    await screen.findByText("1–25 of 60", {}, { timeout: 15000 });
    expect(screen.queryByRole("columnheader", { name: "Total" })).not.toBeInTheDocument();
    expect(screen.getByRole("columnheader", { name: "Name" })).toBeInTheDocument();
  });

  it("saves the current sort as a view and switches back to it", async () => {
    const user = userEvent.setup();
    const { location, router } = setup("/r/orders?sort=-total");
    await screen.findByText("1–25 of 60", {}, { timeout: 15000 });
    await user.click(screen.getByRole("button", { name: "Views" }));
    await user.type(await screen.findByRole("textbox", { name: "View name" }), "Biggest");
    await user.click(screen.getByRole("button", { name: "Save view" }));
    await act(() => router.navigate("/r/orders"));
    expect(location()).toBe("/r/orders");
    await user.click(screen.getByRole("button", { name: "Views" }));
    await user.click(await screen.findByRole("button", { name: "Biggest" }));
    await waitFor(() => expect(location()).toBe("/r/orders?sort=-total"));
  });

  it("loads a 2,000-row view as parallel backend pages within the page cap", async () => {
    const { backend } = setup("/r/orders?per_page=2000", { maxPerPage: 100 }, async (q) => rowsFor(q, 2500));
    await screen.findByText("1–2,000 of 2,500", {}, { timeout: 3000 });
    const pages = backend.list.mock.calls.map(([, q]) => q).filter((q) => q.perPage === 100);
    expect(new Set(pages.map((q) => q.page)).size).toBeGreaterThanOrEqual(20);
    expect(backend.list.mock.calls.every(([, q]) => q.perPage <= 100)).toBe(true);
    // virtualised once its code is there: not 2,000 rows, nor the first 100 shown meanwhile (jsdom
    // has no layout, so the window itself is checked in the e2e suite)
    await waitFor(() => expect(screen.getAllByRole("row").length).toBeLessThan(60));
    expect(screen.getByRole("table")).toHaveAttribute("aria-rowcount", "2001");
  });

  it("shows an empty state with a call to action, and an error state with Retry", async () => {
    const user = userEvent.setup();
    const empty = setup("/r/orders", {}, async () => ({ items: [], total: 0, page: 1, perPage: 25 }));
    expect(await screen.findByText("No orders yet.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Create the first order" })).toBeInTheDocument();
    empty.unmount();

    let fail = true;
    setup("/r/orders", {}, async (q) => {
      if (fail) throw new Error("Boom");
      return rowsFor(q);
    });
    expect(await screen.findByRole("alert")).toHaveTextContent("Could not load Orders: Boom");
    fail = false;
    await user.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByText("1–25 of 60", {}, { timeout: 15000 })).toBeInTheDocument();
  });

  it("pages with a page-size chooser, first/last and jump to page, and announces page and sort changes", async () => {
    const user = userEvent.setup();
    const { location } = setup();
    await screen.findByText("1–25 of 60", {}, { timeout: 15000 });
    await user.selectOptions(screen.getByRole("combobox", { name: "Rows per page" }), "10");
    await screen.findByText("1–10 of 60");
    expect(location()).toBe("/r/orders?per_page=10");
    await user.click(screen.getByRole("button", { name: "Last page" }));
    await screen.findByText("51–60 of 60");
    expect(screen.getByRole("button", { name: "Next page" })).toBeDisabled();
    await waitFor(() => expect(screen.getByText("Page 6 of 6")).toBeInTheDocument());
    await user.type(screen.getByRole("spinbutton", { name: "Go to page" }), "3{Enter}");
    await screen.findByText("21–30 of 60");
    expect(location()).toBe("/r/orders?page=3&per_page=10");
    await user.click(screen.getByRole("button", { name: "First page" }));
    await screen.findByText("1–10 of 60");
    await user.click(screen.getByRole("button", { name: "Total" }));
    await waitFor(() => expect(screen.getByText("Sorted by Total, ascending")).toBeInTheDocument());
  });

  it("says a page change only once the new page's rows are there, in a live region of its own", async () => {
    let answer: (() => void) | undefined;
    setup("/r/orders", {}, (q) => (q.page === 1 ? Promise.resolve(rowsFor(q)) : new Promise<Page>((resolve) => (answer = () => resolve(rowsFor(q))))));
    await screen.findByText("1–25 of 60", {}, { timeout: 15000 });
    const live = document.querySelector("[aria-live=polite]")!;
    expect(live).toHaveTextContent("");
    await userEvent.setup().click(screen.getByRole("button", { name: "Next page" }));
    await waitFor(() => expect(table()).toHaveAttribute("aria-busy", "true"));
    expect(live).toHaveTextContent("");
    act(() => answer!());
    await waitFor(() => expect(live).toHaveTextContent("Page 2 of 3"));
  });
});

describe("ListView in Swedish", () => {
  afterEach(() => activateLocale("en"));

  it("names its controls in Swedish and counts with Swedish numbers", async () => {
    await activateLocale("sv");
    const user = userEvent.setup();
    setup("/r/orders", {}, async (q) => rowsFor(q, 1200));
    // the no-break space of Swedish digit groups (Testing Library normalises it to a space)
    await screen.findByText("1–25 av 1 200", {}, { timeout: 15000 });
    expect(screen.getByRole("searchbox", { name: "Sök" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Kolumner" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Nästa sida" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Rader per sida" })).toBeInTheDocument();
    await user.click(within(dataRows()[0]!).getByRole("checkbox", { name: "Markera rad" }));
    expect(screen.getByText("1 markerade")).toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: "Markera alla" }));
    expect(screen.getByRole("button", { name: /^Markera alla 1\s200 som matchar$/ })).toBeInTheDocument();
    await user.click(within(dataRows()[0]!).getByRole("button", { name: "Åtgärder för Order Item 0" }));
    await user.click(await screen.findByRole("menuitem", { name: "Ta bort" }));
    expect(await screen.findByRole("dialog", { name: "Ta bort Item 0?" })).toBeInTheDocument();
  });

  it("says an empty list with the schema's plural label", async () => {
    await activateLocale("sv");
    const empty = setup("/r/orders", {}, async () => ({ items: [], total: 0, page: 1, perPage: 25 }));
    expect(await screen.findByText("Inga orders ännu.", {}, { timeout: 15000 })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Skapa första order" })).toBeInTheDocument();
    empty.unmount();
    setup("/r/orders?q=zzz", {}, async () => ({ items: [], total: 0, page: 1, perPage: 25 }));
    expect(await screen.findByText("Inga orders matchar den aktuella sökningen och filtren.", {}, { timeout: 15000 })).toBeInTheDocument();
  });

  it("links each row to its record: a plain click opens it in the app, a modified click is the browser's", async () => {
    const { location } = setup();
    await screen.findByText("1–25 of 60", {}, { timeout: 15000 });
    const link = within(dataRows()[3]!).getByRole("link", { name: "Item 3" });
    expect(link).toHaveAttribute("href", "/r/orders/r3");
    const ctrlClick = new MouseEvent("click", { bubbles: true, cancelable: true, ctrlKey: true });
    act(() => void link.dispatchEvent(ctrlClick));
    expect(ctrlClick.defaultPrevented).toBe(false);
    expect(location()).toBe("/r/orders");
    await userEvent.setup().click(link);
    await waitFor(() => expect(location()).toBe("/r/orders/r3"));
    expect(screen.getByText("record page")).toBeInTheDocument();
  });

  it("does not re-render the rows while a sort shows the old page as stale", async () => {
    let answer: (() => void) | undefined;
    setup("/r/orders", {}, (q) =>
      (q.sort ?? []).length === 0 ? Promise.resolve(rowsFor(q)) : new Promise<Page>((resolve) => (answer = () => resolve(rowsFor({ ...q, page: 2 })))),
    );
    await screen.findByText("1–25 of 60", {}, { timeout: 15000 });
    await waitFor(() => expect(within(dataRows()[0]!).getByText("User u0")).toBeInTheDocument());
    const rendersBefore = vi.mocked(formatCell).mock.calls.length;
    await userEvent.setup().click(screen.getByRole("button", { name: "Total" }));
    await waitFor(() => expect(table()).toHaveAttribute("aria-busy", "true"));
    expect(screen.getByRole("columnheader", { name: "Total" })).toHaveAttribute("aria-sort", "ascending");
    expect(vi.mocked(formatCell).mock.calls.length).toBe(rendersBefore);
    act(() => answer!());
    await waitFor(() => expect(within(dataRows()[0]!).getByRole("link", { name: "Item 25" })).toBeInTheDocument());
    expect(vi.mocked(formatCell).mock.calls.length).toBeGreaterThanOrEqual(rendersBefore + 25);
  });
});
