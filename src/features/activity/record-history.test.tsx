import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import type { ActivityEntry, ActivityFilter, Capabilities } from "../../backend/types.ts";
import { CAPABILITIES, FakeBackend, fakeResource, fakeSchema } from "../../testing/fake-backend.ts";
import { dataWrapper } from "../../testing/data-wrapper.tsx";
import { RecordHistory } from "./record-history.tsx";

const orders = fakeResource("orders", {
  label: "Order",
  label_plural: "Orders",
  fields: {
    ...fakeResource("orders").fields,
    status: { type: "string", widget: "select", required: false, readonly: false, label: "Status", options: [{ value: "paid", label: "Paid" }, { value: "shipped", label: "Shipped" }] },
    email: { type: "string", widget: "email", required: false, readonly: false, label: "Email", gdpr: true },
  },
});
const users = fakeResource("users", { label: "User" });
const schema = fakeSchema("Shop", [orders, users]);

function entry(over: Partial<ActivityEntry>): ActivityEntry {
  return { action: "update", resource: "orders", recordId: "o1", timestamp: new Date(Date.now() - 5 * 60_000).toISOString(), user: "admin@example.com", changes: {}, ...over };
}

function setup(activity: boolean, entries: ActivityEntry[]) {
  const backend = new FakeBackend();
  backend.capabilities = vi.fn((): Capabilities => ({ ...CAPABILITIES, activity }));
  const calls: ActivityFilter[] = [];
  Object.assign(backend, {
    activity: vi.fn(async (f: ActivityFilter) => {
      calls.push(f);
      return entries.slice(0, f.limit);
    }),
  });
  const Wrapper = dataWrapper(backend, schema);
  render(
    <Wrapper>
      <MemoryRouter>
        <RecordHistory resource={orders} id="o1" />
      </MemoryRouter>
    </Wrapper>,
  );
  return { calls, backend };
}

describe("RecordHistory", () => {
  it("renders nothing when the backend has no activity", () => {
    const { calls } = setup(false, []);
    expect(screen.queryByRole("heading", { name: "History" })).not.toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it("lists this record's changes with field diffs, relative times and masked personal data", async () => {
    const user = userEvent.setup();
    const { calls } = setup(true, [
      entry({ changes: { status: { old: "paid", new: "shipped" }, email: { old: "a@x.io", new: "b@x.io" } } }),
      entry({ action: "create", user: null, timestamp: "2020-01-01T10:00:00" }),
    ]);
    const list = await screen.findByRole("list", { name: "History of this order" });
    expect(calls[0]).toEqual({ resource: "orders", recordId: "o1", limit: 10 });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent("admin@example.com updated this record");
    const time = within(items[0]!).getByText("5 minutes ago");
    expect(time.tagName).toBe("TIME");
    expect(time).toHaveAttribute("dateTime");
    expect(time).toHaveAttribute("title");
    const statusRow = within(items[0]!).getByRole("row", { name: /Status/ });
    expect(statusRow).toHaveTextContent("PaidShipped");
    expect(within(items[0]!).queryByText("b@x.io")).not.toBeInTheDocument();
    await user.click(within(items[0]!).getByRole("button", { name: "Reveal Email after" }));
    expect(within(items[0]!).getByText("b@x.io")).toBeInTheDocument();
    expect(items[1]).toHaveTextContent("Someone created this record");
    expect(screen.getByRole("link", { name: "Open in the activity log" })).toHaveAttribute("href", "/activity?resource=orders&record=o1");
  });

  it("names related records by their label and lists only the fields a new record set", async () => {
    const gone = "654f4c69000000a000000099";
    const { backend } = setup(true, [
      entry({ changes: { owner: { old: "u1", new: gone } } }),
      entry({ action: "create", changes: { owner: { old: null, new: "u1" }, editor: { old: null, new: null }, name: { old: null, new: "" }, status: { old: null, new: "paid" } } }),
    ]);
    backend.resolveRelation.mockImplementation(async (_r, _f, ids) => ids.filter((id) => id !== gone).map((id) => ({ value: id, label: `User ${id}` })));
    const list = await screen.findByRole("list", { name: "History of this order" });
    const [updated, created] = within(list).getAllByRole("listitem");
    await vi.waitFor(() => expect(within(updated!).getByRole("row", { name: /^Owner/ })).toHaveTextContent("OwnerUser u1deleted user …000099"));
    expect(updated).not.toHaveTextContent(gone);
    expect(within(created!).getByRole("row", { name: /^Owner/ })).toHaveTextContent("Owner(empty)User u1");
    expect(within(created!).getByRole("row", { name: /^Status/ })).toHaveTextContent("Status(empty)Paid");
    expect(within(created!).queryByRole("row", { name: /^Editor/ })).not.toBeInTheDocument();
    expect(within(created!).queryByRole("row", { name: /^Name/ })).not.toBeInTheDocument();
    // one batched request for the related users; the record itself is the page, so it is not looked up
    expect(backend.resolveRelation).toHaveBeenCalledTimes(1);
    expect(backend.resolveRelation.mock.calls[0]?.[2]).toEqual(["u1", gone]);
    expect(backend.get).not.toHaveBeenCalled();
  });

  it("offers older changes when the first page is full", async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 15 }, (_, i) => entry({ changes: { name: { old: `n${i}`, new: `n${i + 1}` } } }));
    const { calls } = setup(true, many);
    const list = await screen.findByRole("list", { name: "History of this order" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(10);
    await user.click(screen.getByRole("button", { name: "Show older changes" }));
    await vi.waitFor(() => expect(within(screen.getByRole("list", { name: "History of this order" })).getAllByRole("listitem")).toHaveLength(15));
    expect(calls.at(-1)?.limit).toBe(20);
    expect(screen.queryByRole("button", { name: "Show older changes" })).not.toBeInTheDocument();
  });

  it("says so when nothing was recorded", async () => {
    setup(true, []);
    expect(await screen.findByText("No changes recorded for this order.")).toBeInTheDocument();
  });
});
