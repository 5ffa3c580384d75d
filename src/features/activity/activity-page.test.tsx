import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import { createReferenceBackend } from "../../reference/reference-backend.ts";
import userEvent from "@testing-library/user-event";
import { renderApp, TEST_API_URL } from "../../testing/render-app.tsx";
import { signIn } from "../../testing/sign-in.ts";
import { auditedOrder, expectLabelledLinks } from "./activity.test-helper.ts";

const T = { timeout: 8000 };

describe("ActivityPage", () => {
  it("lists the audit log newest first, filters by resource and shows more", async () => {
    const user = userEvent.setup();
    const app = renderApp({ path: "/activity" });
    await signIn(user);
    const list = await screen.findByRole("list", { name: "Activity" }, T);
    expect(within(list).getAllByRole("listitem")).toHaveLength(50);
    const times = within(list)
      .getAllByRole("listitem")
      .map((li) => li.querySelector("time")?.getAttribute("datetime") ?? "");
    expect([...times].sort().reverse()).toEqual(times);

    await user.selectOptions(screen.getByRole("combobox", { name: "Resource" }), "customers");
    await waitFor(() => expect(app.location()).toBe("/activity?resource=customers"), T);
    await waitFor(() => {
      const items = within(screen.getByRole("list", { name: "Activity" })).getAllByRole("listitem");
      for (const li of items) expect(within(li).getByRole("link").getAttribute("href")).toMatch(/^\/r\/customers\//);
    }, T);

    await user.selectOptions(screen.getByRole("combobox", { name: "Resource" }), "");
    await user.click(await screen.findByRole("button", { name: "Show more" }, T));
    await waitFor(() => expect(within(screen.getByRole("list", { name: "Activity" })).getAllByRole("listitem")).toHaveLength(100), T);
  });

  it("filters to one record from the URL and links back to it", async () => {
    const user = userEvent.setup();
    const reference = createReferenceBackend({ seed: { orders: 130 } });
    const target = reference.store.auditLog().find((e) => e.resource === "products");
    if (!target) throw new Error("the seed has product edits");
    const edits = reference.store.auditLog().filter((e) => e.resource === "products" && e.item_id === target.item_id).length;
    const app = renderApp({ path: `/activity?resource=products&record=${target.item_id}`, reference });
    await signIn(user);
    const list = await screen.findByRole("list", { name: "Activity" }, T);
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(edits);
    for (const li of items) expect(within(li).getByRole("link")).toHaveAttribute("href", `/r/products/${target.item_id}`);
    expect(screen.getByText(/Showing the history of/)).toBeInTheDocument();
    const name = String(reference.store.get("products", target.item_id)?.doc.name);
    await waitFor(() => expect(within(screen.getByText(/Showing the history of/)).getByRole("link")).toHaveTextContent(`Product ${name}`), T);
    await user.click(screen.getByRole("button", { name: "Show all products" }));
    await waitFor(() => expect(app.location()).toBe("/activity?resource=products"), T);
  });

  it("Craft Easy: names records by their label and relation values by the related record's label, never a raw id", async () => {
    const user = userEvent.setup();
    const reference = createReferenceBackend({ seed: { orders: 130 } });
    const { first, second, product } = auditedOrder(reference);
    renderApp({ path: "/activity", reference });
    await signIn(user);
    const list = await screen.findByRole("list", { name: "Activity" }, T);
    await waitFor(() => expect(within(list).getAllByRole("link")[0]).toHaveTextContent("ORD-NAMES-1"), T);
    const [moved, created] = within(list).getAllByRole("listitem");
    // the update: Customer old → new by name
    await waitFor(() => expect(within(moved!).getByRole("row", { name: /^Customer/ })).toHaveTextContent(`Customer${String(first.name)}${String(second.name)}`), T);
    // the create: relation values by label, and no "(empty) → (empty)" rows for what it left unset
    expect(within(created!).getByRole("row", { name: /^Customer/ })).toHaveTextContent(`Customer(empty)${String(first.name)}`);
    expect(within(created!).getByRole("row", { name: /^Products/ })).toHaveTextContent(`Products(empty)${String(product.name)}`);
    expect(within(created!).queryByRole("row", { name: /^Notes/ })).not.toBeInTheDocument();
    expect(within(created!).queryByRole("row", { name: /^Replaces order/ })).not.toBeInTheDocument();
    // a deleted record is named by what the entries tell, and not linked
    const [, , deleted, createdGone] = within(list).getAllByRole("listitem");
    expect(deleted).toHaveTextContent(/deleted Category Short-lived/);
    expect(createdGone).toHaveTextContent(/created Category Short-lived \(deleted\)/);
    for (const li of [deleted!, createdGone!]) expect(within(li).queryByRole("link")).not.toBeInTheDocument();
    await waitFor(() => expectLabelledLinks(reference, within(list).getAllByRole("listitem").slice(4)), T);
    expectLabelledLinks(reference, [moved!, created!]);
  }, 60_000);

  it("litestar-admin: names records and relation values by their labels, never a raw id", async () => {
    const user = userEvent.setup();
    const reference = createReferenceBackend({ seed: { orders: 130 } });
    const { first, second } = auditedOrder(reference);
    renderApp({
      path: "/activity",
      reference,
      loadConfig: () => Promise.resolve({ apiUrl: `${TEST_API_URL}/admin`, dialect: "litestar-admin", settings: {}, demo: false }),
    });
    await user.type(await screen.findByRole("textbox", { name: "Email" }, T), "admin@example.com");
    await user.type(screen.getByLabelText("Password"), "admin");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    const list = await screen.findByRole("list", { name: "Activity" }, T);
    await waitFor(() => expect(within(list).getAllByRole("link")[0]).toHaveTextContent("ORD-NAMES-1"), T);
    const moved = within(list).getAllByRole("listitem")[0]!;
    await waitFor(() => expect(within(moved).getByRole("row", { name: /^Customer/ })).toHaveTextContent(`${String(first.name)}${String(second.name)}`), T);
    // litestar-admin's entries carry no snapshot: a deleted record keeps a short id, never the whole one
    const items = within(list).getAllByRole("listitem");
    await waitFor(() => expect(items[3]).toHaveTextContent(/created Category …[0-9a-f]{6} \(deleted\)/), T);
    expect(items[2]).toHaveTextContent(/deleted Category …[0-9a-f]{6}/);
    for (const li of items.slice(2, 4)) expect(li.textContent).not.toMatch(/[0-9a-f]{24}/);
    await waitFor(() => expectLabelledLinks(reference, [...items.slice(0, 2), ...items.slice(4)]), T);
  }, 60_000);

  it("tells an editor without audit access that there is no activity", async () => {
    const user = userEvent.setup();
    renderApp({ path: "/activity" });
    await signIn(user, { email: "editor@example.com" });
    expect(await screen.findByText("This backend does not share an activity log with your account.", {}, T)).toBeInTheDocument();
  });
});

