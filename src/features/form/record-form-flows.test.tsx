// Record form flows over the whole app: session expiry mid-save, unsaved-changes guard, drafts,
// duplicate, create, every server error shape, litestar-admin's look-before-write.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderApp, TEST_API_URL } from "../../testing/render-app.tsx";
import { createReferenceBackend, type ReferenceBackend } from "../../reference/reference-backend.ts";
import { signIn, type User } from "../../testing/sign-in.ts";
import { ACTOR, recorder, T, toRequest } from "./form-test-helpers.ts";

let reference: ReferenceBackend;
let categoryId: string;

beforeEach(() => {
  localStorage.clear();
  reference = createReferenceBackend({ seed: { orders: 50 } });
  categoryId = reference.store.find("categories").items.find((r) => r.doc.description)!.id;
});
afterEach(() => localStorage.clear());

const categoryDoc = () => reference.store.get("categories", categoryId)!.doc;

async function openEdit(user: User, wrap?: (inner: typeof fetch) => typeof fetch) {
  const app = renderApp({ path: `/r/categories/${categoryId}/edit`, reference, wrapFetch: wrap });
  await signIn(user);
  await screen.findByRole("textbox", { name: "Name" }, T);
  return app;
}

async function rename(user: User, text: string) {
  const name = screen.getByRole("textbox", { name: "Name" });
  await user.clear(name);
  await user.type(name, text);
  return name;
}

describe("session expiry while editing", () => {
  it("re-authenticates in a dialog and resumes the save with nothing lost", async () => {
    const user = userEvent.setup();
    const rec = recorder();
    const app = await openEdit(user, rec.wrap);
    await rename(user, "Saved after sign-in");
    reference.control.expireTokens();
    await user.click(screen.getByRole("button", { name: "Save" }));
    const dialog = await screen.findByRole("dialog", { name: "Sign in again" }, T);
    expect(await screen.findByText(/Sign in again and it continues/, {}, T)).toBeInTheDocument();
    const email = within(dialog).getByRole("textbox", { name: "Email" });
    await user.clear(email);
    await user.type(email, "admin@example.com");
    await user.click(within(dialog).getByRole("button", { name: "Sign in" }));
    await user.type(await within(dialog).findByRole("textbox", { name: "Code" }, T), "123456");
    await user.click(within(dialog).getByRole("button", { name: "Sign in" }));
    await waitFor(() => expect(app.location()).toBe(`/r/categories/${categoryId}`), T);
    expect(categoryDoc().name).toBe("Saved after sign-in");
    expect(rec.sent.filter((s) => s.method === "PATCH").at(-1)?.body).toEqual({ name: "Saved after sign-in" });
  });
});

describe("unsaved changes", () => {
  it("asks before leaving with unsaved changes; Stay keeps them, Leave goes", async () => {
    const user = userEvent.setup();
    const app = await openEdit(user);
    const name = await rename(user, "Not saved yet");
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    const dialog = await screen.findByRole("dialog", { name: "Leave without saving?" }, T);
    await user.click(within(dialog).getByRole("button", { name: "Stay" }));
    expect(app.location()).toBe(`/r/categories/${categoryId}/edit`);
    expect(name).toHaveValue("Not saved yet");
    await user.click(within(screen.getByRole("navigation", { name: "Main" })).getByRole("link", { name: "Dashboard" }));
    await user.click(within(await screen.findByRole("dialog", { name: "Leave without saving?" }, T)).getByRole("button", { name: "Leave" }));
    await waitFor(() => expect(app.location()).toBe("/dashboard"), T);
  });

  it("deleting the record being edited does not ask about its unsaved changes", async () => {
    const user = userEvent.setup();
    const hook = reference.store.find("webhooks").items[0]!;
    const app = renderApp({ path: `/r/webhooks/${hook.id}/edit`, reference });
    await signIn(user);
    await screen.findByRole("textbox", { name: "Name" }, T);
    await rename(user, "Changed then deleted");
    await user.click(screen.getByRole("button", { name: "Delete" }));
    await user.click(within(await screen.findByRole("dialog", { name: /^Delete / })).getByRole("button", { name: "Delete" }));
    await waitFor(() => expect(app.location()).toBe("/r/webhooks"), T);
    expect(screen.queryByRole("dialog", { name: "Leave without saving?" })).not.toBeInTheDocument();
  });

  it("does not ask when nothing changed", async () => {
    const user = userEvent.setup();
    const app = await openEdit(user);
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(app.location()).toBe(`/r/categories/${categoryId}`), T);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("keeps a draft across a reload, offers it back, and clears it on save", async () => {
    const user = userEvent.setup();
    const first = await openEdit(user);
    await rename(user, "Draft name");
    await waitFor(() => expect(Object.keys(localStorage).some((k) => k.startsWith("atrium:draft:"))).toBe(true), T);
    first.unmount();

    const app = renderApp({ path: `/r/categories/${categoryId}/edit`, reference });
    const region = await screen.findByRole("region", { name: "Unsaved draft" }, { timeout: 8000 }).catch(async () => {
      await signIn(user);
      return screen.findByRole("region", { name: "Unsaved draft" }, T);
    });
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveValue(String(categoryDoc().name));
    await user.click(within(region).getByRole("button", { name: "Restore draft" }));
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveValue("Draft name");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(app.location()).toBe(`/r/categories/${categoryId}`), T);
    expect(categoryDoc().name).toBe("Draft name");
    expect(Object.keys(localStorage).filter((k) => k.startsWith("atrium:draft:"))).toEqual([]);
  });

  it("Discard drops the draft", async () => {
    const user = userEvent.setup();
    localStorage.setItem(`atrium:draft:${TEST_API_URL}|categories|${categoryId}`, JSON.stringify({ values: { name: "Old draft" }, savedAt: 1 }));
    await openEdit(user);
    const region = await screen.findByRole("region", { name: "Unsaved draft" }, T);
    await user.click(within(region).getByRole("button", { name: "Discard" }));
    expect(screen.queryByRole("region", { name: "Unsaved draft" })).not.toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveValue(String(categoryDoc().name));
    expect(localStorage.getItem(`atrium:draft:${TEST_API_URL}|categories|${categoryId}`)).toBeNull();
  });
});

describe("create and duplicate", () => {
  it("duplicate pre-fills from the record without its id and unique fields, and opens the new record", async () => {
    const user = userEvent.setup();
    const rec = recorder();
    const source = categoryDoc();
    const app = renderApp({ path: `/r/categories/new?duplicate=${categoryId}`, reference, wrapFetch: rec.wrap });
    await signIn(user);
    expect(await screen.findByRole("heading", { name: "Duplicate category", level: 1 }, T)).toBeInTheDocument();
    const name = await screen.findByRole("textbox", { name: "Name" }, T);
    expect(name).toHaveValue(String(source.name));
    expect(screen.getByRole("textbox", { name: "Slug" })).toHaveValue("");
    await user.type(screen.getByRole("textbox", { name: "Slug" }), "a-copy");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(app.location()).toMatch(/^\/r\/categories\/(?!new)[^/]+$/), T);
    const post = rec.sent.find((s) => s.method === "POST" && s.path === "/categories");
    expect(post?.body).toMatchObject({ name: source.name, slug: "a-copy" });
    expect(post?.body).not.toHaveProperty("id");
    expect(post?.body).not.toHaveProperty("created_at");
    const newId = app.location().split("/").at(-1)!;
    expect(newId).not.toBe(categoryId);
    expect(reference.store.get("categories", newId)?.doc.slug).toBe("a-copy");
  });

  it("Save and add another creates, says so and empties the form", async () => {
    const user = userEvent.setup();
    const app = renderApp({ path: "/r/categories/new", reference });
    await signIn(user);
    const name = await screen.findByRole("textbox", { name: "Name" }, T);
    await user.type(name, "First of many");
    await user.type(screen.getByRole("textbox", { name: "Slug" }), "first-of-many");
    await user.click(screen.getByRole("button", { name: "Save and add another" }));
    expect(await screen.findByText("Category created.", {}, T)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("textbox", { name: "Name" })).toHaveValue(""));
    expect(app.location()).toBe("/r/categories/new");
    expect(reference.store.find("categories").items.some((r) => r.doc.slug === "first-of-many")).toBe(true);
  });
});

describe("server error shapes", () => {
  const shapes: [string, number, unknown][] = [
    ["Craft Easy details", 422, { error: { code: "VALIDATION_ERROR", message: "Validation failed", details: [{ field: "name", message: "Name is taken upstream" }] } }],
    ["Litestar 400 extra", 400, { status_code: 400, detail: "Validation failed for PATCH", extra: [{ key: "name", message: "Name is taken upstream", source: "body" }] }],
    ["FastAPI detail loc", 422, { detail: [{ loc: ["body", "name"], msg: "Name is taken upstream", type: "value_error" }] }],
  ];
  for (const [label, status, body] of shapes) {
    it(`maps ${label} to the field`, async () => {
      const user = userEvent.setup();
      const fail = (inner: typeof fetch): typeof fetch => (input, init) =>
        toRequest(input, init).method === "PATCH"
          ? Promise.resolve(new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }))
          : inner(input, init);
      await openEdit(user, fail);
      const name = await rename(user, "Whatever");
      await user.click(screen.getByRole("button", { name: "Save" }));
      await waitFor(() => expect(name).toHaveAccessibleDescription("Name is taken upstream"), T);
      expect(name).toHaveAttribute("aria-invalid", "true");
      expect(name).toHaveFocus();
      expect(screen.getByRole("alert")).toBeInTheDocument();
    });
  }

  it("shows an error naming no field in the form-level alert", async () => {
    const user = userEvent.setup();
    const fail = (inner: typeof fetch): typeof fetch => (input, init) =>
      toRequest(input, init).method === "PATCH"
        ? Promise.resolve(
            new Response(JSON.stringify({ error: { code: "FORBIDDEN", message: "You may not change this category" } }), {
              status: 403,
              headers: { "content-type": "application/json" },
            }),
          )
        : inner(input, init);
    await openEdit(user, fail);
    await rename(user, "Whatever");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByRole("alert", {}, T)).toHaveTextContent("You may not change this category");
  });
});

describe("litestar-admin (no ETags)", () => {
  const litestar = () => Promise.resolve({ apiUrl: `${TEST_API_URL}/admin`, dialect: "litestar-admin" as const, settings: {}, demo: false });

  it("re-GETs before PATCH and shows the conflict when a field the user edited changed on the server", async () => {
    const user = userEvent.setup();
    const rec = recorder();
    const app = renderApp({ path: `/r/categories/${categoryId}/edit`, reference, loadConfig: litestar, wrapFetch: rec.wrap });
    await signIn(user, { password: "admin" });
    await screen.findByRole("textbox", { name: "Name" }, T);
    reference.store.update("categories", categoryId, { name: "Changed elsewhere" }, { actor: ACTOR });
    await rename(user, "Mine");
    await user.click(screen.getByRole("button", { name: "Save" }));
    const dialog = await screen.findByRole("dialog", { name: "Resolve conflicting changes" }, T);
    expect(rec.sent.filter((s) => s.method === "PATCH")).toHaveLength(0);
    const row = within(dialog).getByRole("group", { name: /Name/ });
    expect(row).toHaveTextContent("Changed elsewhere");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(app.location()).toBe(`/r/categories/${categoryId}`), T);
    expect(categoryDoc().name).toBe("Mine");
    expect(rec.sent.filter((s) => s.method === "PATCH").at(-1)?.body).toEqual({ name: "Mine" });
  });

  it("a new product starts on the status column's default and offers no None for the NOT NULL enum", async () => {
    const user = userEvent.setup();
    renderApp({ path: "/r/products/new", reference, loadConfig: litestar });
    await signIn(user, { password: "admin" });
    const status = await screen.findByRole("combobox", { name: "Status" }, T);
    expect(status).toHaveDisplayValue("draft");
    expect(within(status).queryByRole("option", { name: "None" })).not.toBeInTheDocument();
    expect(within(status).getAllByRole("option").map((o) => o.textContent)).toEqual(["draft", "active", "archived"]);
  });

  it("saves straight away when the server changed only fields the user did not edit", async () => {
    const user = userEvent.setup();
    const app = renderApp({ path: `/r/categories/${categoryId}/edit`, reference, loadConfig: litestar });
    await signIn(user, { password: "admin" });
    await screen.findByRole("textbox", { name: "Name" }, T);
    reference.store.update("categories", categoryId, { sort_order: 777 }, { actor: ACTOR });
    await rename(user, "Mine only");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(app.location()).toBe(`/r/categories/${categoryId}`), T);
    expect(categoryDoc()).toMatchObject({ name: "Mine only", sort_order: 777 });
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
});

describe("show view", () => {
  it("shows Edit, Duplicate and Delete, marks personal data and masks it until revealed", async () => {
    const user = userEvent.setup();
    const customer = reference.store.find("customers").items.find((r) => r.doc.email)!;
    renderApp({ path: `/r/customers/${customer.id}`, reference });
    await signIn(user);
    expect(await screen.findByRole("link", { name: "Edit" }, T)).toHaveAttribute("href", `/r/customers/${customer.id}/edit`);
    expect(screen.getByRole("link", { name: "Duplicate" })).toHaveAttribute("href", `/r/customers/new?duplicate=${customer.id}`);
    expect(screen.getByRole("button", { name: "Delete" })).toBeInTheDocument();
    expect(screen.getAllByRole("img", { name: "Personal data: contact" }).length).toBeGreaterThan(0);
    expect(screen.queryByText(String(customer.doc.email))).not.toBeInTheDocument();
    // a personal-data name does not leak into the heading either
    expect(screen.getByRole("heading", { level: 1 })).not.toHaveTextContent(String(customer.doc.name));
    await user.click(screen.getByRole("button", { name: "Reveal Email" }));
    expect(screen.getByText(String(customer.doc.email))).toBeInTheDocument();
  });

  it("deletes after confirmation in a dialog named Delete …", async () => {
    const user = userEvent.setup();
    const hook = reference.store.find("webhooks").items[0]!;
    const app = renderApp({ path: `/r/webhooks/${hook.id}`, reference });
    await signIn(user);
    await user.click(await screen.findByRole("button", { name: "Delete" }, T));
    const dialog = await screen.findByRole("dialog", { name: `Delete ${String(hook.doc.name)}?` });
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(reference.store.get("webhooks", hook.id)).toBeDefined();
    await user.click(screen.getByRole("button", { name: "Delete" }));
    await user.click(within(await screen.findByRole("dialog", { name: /^Delete / })).getByRole("button", { name: "Delete" }));
    await waitFor(() => expect(app.location()).toBe("/r/webhooks"), T);
    expect(reference.store.get("webhooks", hook.id)).toBeUndefined();
    // the toast about the delete shows on the list it led to, and does not follow the user further
    const notifications = screen.getByRole("status", { name: "Notifications" });
    expect(within(notifications).getByText("Webhook deleted.")).toBeInTheDocument();
    await user.click(screen.getAllByRole("link", { name: "Dashboard" })[0]!);
    await waitFor(() => expect(app.location()).toBe("/dashboard"), T);
    expect(within(notifications).queryByText("Webhook deleted.")).not.toBeInTheDocument();
  });

  it("a record that does not exist offers the way back to its list, not Retry", async () => {
    const user = userEvent.setup();
    const app = renderApp({ path: "/r/categories/no-such-id", reference });
    await signIn(user);
    const alert = await screen.findByRole("alert", {}, T);
    expect(alert).toHaveTextContent("This category does not exist (or was deleted).");
    expect(within(alert).queryByRole("button", { name: "Retry" })).not.toBeInTheDocument();
    await user.click(within(alert).getByRole("link", { name: "Back to categories" }));
    await waitFor(() => expect(app.location()).toBe("/r/categories"), T);
  });

  it("a record the server failed to load still offers Retry", async () => {
    const user = userEvent.setup();
    const category = reference.store.find("categories").items[0]!;
    const boom = () => new Response(JSON.stringify({ error: { code: "INTERNAL_ERROR", message: "Boom" } }), { status: 500, headers: { "Content-Type": "application/json" } });
    const wrapFetch = (inner: typeof fetch): typeof fetch => (input, init) => {
      const request = new Request(input, init);
      return new URL(request.url).pathname.endsWith(`/categories/${category.id}`) ? Promise.resolve(boom()) : inner(request);
    };
    renderApp({ path: `/r/categories/${category.id}`, reference, wrapFetch });
    await signIn(user);
    const alert = await screen.findByRole("alert", {}, T);
    expect(alert).toHaveTextContent(/^Could not load this category/);
    expect(within(alert).getByRole("button", { name: "Retry" })).toBeInTheDocument();
    expect(within(alert).queryByRole("link", { name: "Back to categories" })).not.toBeInTheDocument();
  });

  it("a delete refused because other records still use the record says which and how many, by their labels", async () => {
    const user = userEvent.setup();
    const products = reference.store.find("products").items;
    const categoryId = String(products[0]!.doc.category_id);
    const count = products.filter((p) => p.doc.category_id === categoryId && p.doc.is_deleted !== true).length;
    renderApp({ path: `/r/categories/${categoryId}`, reference });
    await signIn(user);
    await user.click(await screen.findByRole("button", { name: "Delete" }, T));
    const dialog = await screen.findByRole("dialog", { name: /^Delete / });
    await user.click(within(dialog).getByRole("button", { name: "Delete" }));
    expect(await within(dialog).findByText(`This category is still used by ${count} product${count === 1 ? "" : "s"}.`, {}, T)).toBeInTheDocument();
    expect(reference.store.get("categories", categoryId)).toBeDefined();
  });
});
