import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { activateLocale } from "../../i18n/translate.ts";
import { referenceAdapter } from "../../testing/reference-adapters.ts";
import { withWrapper } from "../../testing/data-wrapper.tsx";
import { BulkToolbar } from "./bulk-toolbar.tsx";
import { bulkDeleteRows } from "./bulk-operations.ts";
import { collectSelection } from "./collect-selection.ts";

describe("bulk operations", () => {
  it("per-row delete reports each row's failure and deletes the rest (failEvery)", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy", { referenceOptions: { failEvery: 3 } }));
    const orders = s.resource("orders");
    const page = await s.backend.list(orders, { page: 1, perPage: 6 });
    const ids = page.items.map((i) => s.backend.idOf(orders, i));
    const removeSpy = vi.spyOn(s.backend, "remove");
    const outcome = await bulkDeleteRows(s.backend, orders, ids);
    expect(removeSpy).toHaveBeenCalledTimes(6);
    // Every remove carried the row's ETag (Craft Easy: GET first).
    for (const call of removeSpy.mock.calls) expect(call[2]).toMatch(/.+/);
    expect(outcome.failed).toHaveLength(2);
    expect(outcome.succeeded).toHaveLength(4);
    const after = await s.backend.list(orders, { page: 1, perPage: 100 });
    expect(after.total).toBe(page.total - 4);
  });

  it("a delete refused because other records still use the row is worded with the schema's labels", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const categories = s.resource("categories");
    const products = await s.backend.list(s.resource("products"), { page: 1, perPage: 100 });
    const used = products.items[0]?.category_id;
    if (typeof used !== "string") throw new Error("the seed's products have categories");
    const outcome = await bulkDeleteRows(s.backend, categories, [used], { resources: s.schema.resources });
    expect(outcome.failed).toEqual([{ id: used, message: expect.stringMatching(/^This category is still used by [1-9]\d* products?\.$/) }]);
  });

  it("collects every id of an all-matching selection across pages", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const products = s.resource("products");
    const query = { page: 1, perPage: 25, search: "" };
    const total = (await s.backend.list(products, query)).total;
    const progress = vi.fn();
    const { ids } = await collectSelection(s.backend, products, { kind: "all-matching", query, total }, { onProgress: progress });
    expect(ids).toHaveLength(total);
    expect(new Set(ids.map(String)).size).toBe(total);
    expect(progress).toHaveBeenCalled();
  });
});

describe("BulkToolbar", () => {
  it("Delete selected asks for confirmation naming the count, then reports per-row failures", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy", { referenceOptions: { failEvery: 2 } }));
    const orders = s.resource("orders");
    const page = await s.backend.list(orders, { page: 1, perPage: 4 });
    const ids = page.items.map((i) => s.backend.idOf(orders, i));
    const onDone = vi.fn();
    const user = userEvent.setup();
    render(<BulkToolbar resource={orders} selection={{ kind: "ids", ids, items: page.items }} onDone={onDone} />, { wrapper: s.wrapper });
    await user.click(screen.getByRole("button", { name: "Delete selected" }));
    const dialog = await screen.findByRole("dialog", { name: "Delete 4 orders?" });
    expect(within(dialog).getByText(/4 orders will be deleted/i)).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Delete 4 orders" }));
    expect(await within(dialog).findByText(/2 succeeded, 2 failed/)).toBeInTheDocument();
    // titled as the result, no longer as the question
    expect(screen.getByRole("dialog", { name: "Deleted: 2 of 4 orders" })).toBe(dialog);
    expect(within(dialog).getByRole("list", { name: "Failed rows" }).querySelectorAll("li")).toHaveLength(2);
    await user.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it("bulk edit sets the chosen field on every selected row with its version", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const categories = s.resource("categories");
    const page = await s.backend.list(categories, { page: 1, perPage: 3 });
    const ids = page.items.map((i) => s.backend.idOf(categories, i));
    const update = vi.spyOn(s.backend, "update");
    const user = userEvent.setup();
    render(<BulkToolbar resource={categories} selection={{ kind: "ids", ids, items: page.items }} onDone={() => {}} />, { wrapper: s.wrapper });
    await user.click(screen.getByRole("button", { name: "Edit selected" }));
    const dialog = await screen.findByRole("dialog");
    const textField = Object.entries(categories.fields).find(([n, f]) => !f.readonly && f.widget === "text" && n !== "id");
    if (!textField) throw new Error("categories has no text field");
    const [name, field] = textField;
    await user.click(within(dialog).getByRole("checkbox", { name: field.label ?? name }));
    await user.type(within(dialog).getByRole("textbox", { name: field.label ?? name }), "Bulk");
    await user.click(within(dialog).getByRole("button", { name: "Update 3 categories" }));
    expect(await within(dialog).findByText(/3 succeeded, 0 failed/)).toBeInTheDocument();
    expect(update).toHaveBeenCalledTimes(3);
    for (const call of update.mock.calls) {
      expect(call[2]).toEqual({ [name]: "Bulk" });
      expect(call[3]).toBeTruthy();
    }
    await waitFor(async () => expect((await s.backend.get(categories, ids[0] as string)).item[name]).toBe("Bulk"));
  });

  it("all matching: collects every id of the query (with progress) and deletes them all", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const orders = s.resource("orders");
    const query = { page: 1, perPage: 10, filters: [{ field: "status", op: "eq" as const, value: "cancelled" }] };
    const total = (await s.backend.list(orders, query)).total;
    expect(total).toBeGreaterThan(0);
    const remove = vi.spyOn(s.backend, "remove");
    const user = userEvent.setup();
    render(<BulkToolbar resource={orders} selection={{ kind: "all-matching", query, total }} onDone={() => {}} />, { wrapper: s.wrapper });
    await user.click(screen.getByRole("button", { name: "Delete selected" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText(/every record matching/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: `Delete ${total} ${total === 1 ? "order" : "orders"}` }));
    expect(await within(dialog).findByText(`${total} succeeded, 0 failed.`)).toBeInTheDocument();
    expect(screen.getByRole("dialog", { name: `Deleted: ${total} ${total === 1 ? "order" : "orders"}` })).toBe(dialog);
    expect(remove).toHaveBeenCalledTimes(total);
    expect((await s.backend.list(orders, query)).total).toBe(0);
  });

  it("custom bulk actions: confirms with the declared text, then calls backend.bulkAction with the ids", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const products = s.resource("products");
    const caps = s.backend.capabilities();
    vi.spyOn(s.backend, "capabilities").mockReturnValue({ ...caps, bulkActions: { products: [{ name: "publish", label: "Publish", confirm: "Publish these products now?" }] } });
    const bulkAction = vi.fn().mockResolvedValue({ succeeded: ["a", "b"], failed: [], result: "2 published" });
    Object.assign(s.backend, { bulkAction });
    const user = userEvent.setup();
    render(<BulkToolbar resource={products} selection={{ kind: "ids", ids: ["a", "b"], items: [] }} onDone={() => {}} />, { wrapper: s.wrapper });
    await user.click(screen.getByRole("button", { name: "Publish" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText("Publish these products now?")).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Publish" }));
    expect(await within(dialog).findByText("2 published")).toBeInTheDocument();
    expect(bulkAction).toHaveBeenCalledWith(products, "publish", ["a", "b"], {}, expect.anything());
  });

  it("litestar-admin: uses the server's bulk delete", async () => {
    const s = withWrapper(await referenceAdapter("litestar-admin"));
    const orders = s.resource("orders");
    const page = await s.backend.list(orders, { page: 1, perPage: 3 });
    const ids = page.items.map((i) => s.backend.idOf(orders, i));
    const bulk = vi.spyOn(s.backend, "bulkDelete" as never);
    const remove = vi.spyOn(s.backend, "remove");
    const outcome = await bulkDeleteRows(s.backend, orders, ids);
    expect(bulk).toHaveBeenCalledTimes(1);
    expect(remove).not.toHaveBeenCalled();
    expect(outcome.succeeded).toHaveLength(3);
  });
});

describe("BulkToolbar in Swedish", () => {
  afterEach(() => activateLocale("en"));

  it("counts with the schema's label for one and label_plural otherwise, in the dialog and its result", async () => {
    await activateLocale("sv");
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const orders = s.resource("orders");
    const page = await s.backend.list(orders, { page: 1, perPage: 3 });
    const ids = page.items.map((i) => s.backend.idOf(orders, i));
    const user = userEvent.setup();
    const three = render(<BulkToolbar resource={orders} selection={{ kind: "ids", ids, items: page.items }} onDone={() => {}} />, { wrapper: s.wrapper });
    await user.click(screen.getByRole("button", { name: "Ta bort markerade" }));
    const dialog = await screen.findByRole("dialog", { name: "Ta bort 3 orders?" });
    expect(within(dialog).getByText("3 orders kommer att tas bort. Det går inte att ångra.")).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Ta bort 3 orders" }));
    expect(await within(dialog).findByText("3 lyckades, 0 misslyckades.")).toBeInTheDocument();
    expect(screen.getByRole("dialog", { name: "Borttaget: 3 orders" })).toBe(dialog);
    three.unmount();

    render(<BulkToolbar resource={orders} selection={{ kind: "ids", ids: ids.slice(0, 1), items: page.items.slice(0, 1) }} onDone={() => {}} />, { wrapper: s.wrapper });
    await user.click(screen.getByRole("button", { name: "Ta bort markerade" }));
    const one = await screen.findByRole("dialog", { name: "Ta bort 1 order?" });
    expect(within(one).getByText("1 order kommer att tas bort. Det går inte att ångra.")).toBeInTheDocument();
    expect(within(one).getByRole("button", { name: "Ta bort 1 order" })).toBeInTheDocument();
  });
});

describe("BulkToolbar counts in English", () => {
  it("uses the singular label for one record: the title, the warning and the button", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const orders = s.resource("orders");
    const page = await s.backend.list(orders, { page: 1, perPage: 1 });
    const ids = page.items.map((i) => s.backend.idOf(orders, i));
    const user = userEvent.setup();
    render(<BulkToolbar resource={orders} selection={{ kind: "ids", ids, items: page.items }} onDone={() => {}} />, { wrapper: s.wrapper });
    await user.click(screen.getByRole("button", { name: "Delete selected" }));
    const dialog = await screen.findByRole("dialog", { name: "Delete 1 order?" });
    expect(within(dialog).getByText("1 order will be deleted. This cannot be undone.")).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Delete 1 order" }));
    expect(await screen.findByRole("dialog", { name: "Deleted: 1 order" })).toBe(dialog);
  });
});
