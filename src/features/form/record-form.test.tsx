// The record form over the whole app and the reference backend (real protocol, in-process).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { signIn, type User } from "../../testing/sign-in.ts";
import { ACTOR, recorder, T, toRequest } from "./form-test-helpers.ts";
import { renderApp } from "../../testing/render-app.tsx";
import { createReferenceBackend, type ReferenceBackend } from "../../reference/reference-backend.ts";

let reference: ReferenceBackend;
let categoryId: string;

beforeEach(() => {
  localStorage.clear();
  reference = createReferenceBackend({ seed: { orders: 50 } });
  const first = reference.store.find("categories").items.find((r) => r.doc.description);
  categoryId = first!.id;
});
afterEach(() => localStorage.clear());

function categoryDoc() {
  return reference.store.get("categories", categoryId)!.doc;
}

async function openEdit(user: User, wrap?: (inner: typeof fetch) => typeof fetch) {
  const app = renderApp({ path: `/r/categories/${categoryId}/edit`, reference, wrapFetch: wrap });
  await signIn(user);
  await screen.findByRole("textbox", { name: "Name" }, T);
  return app;
}

describe("RecordForm — layout and validation", () => {
  it("renders groups as sections, collapsed groups closed, required marks and help text", async () => {
    const user = userEvent.setup();
    await openEdit(user);
    expect(screen.getByRole("heading", { name: "General", level: 2 })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Appearance", level: 2 })).toBeInTheDocument();
    const hierarchy = screen.getByRole("heading", { name: "Hierarchy", level: 2 }).closest("details");
    expect(hierarchy).not.toHaveAttribute("open");
    const name = screen.getByRole("textbox", { name: "Name" });
    expect(name).toHaveAttribute("aria-required", "true");
    expect(name).toHaveValue(String(categoryDoc().name));
    const slug = screen.getByRole("textbox", { name: "Slug" });
    expect(slug).toHaveAccessibleDescription(/Must be unique/);
    expect(screen.getByRole("button", { name: "Save" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Cancel" })).toBeInTheDocument();
  });

  it("validates on blur and on submit, ties the message to the input and focuses the first error", async () => {
    const user = userEvent.setup();
    const rec = recorder();
    await openEdit(user, rec.wrap);
    const name = screen.getByRole("textbox", { name: "Name" });
    await user.clear(name);
    await user.type(name, "x");
    await user.tab();
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(name).toHaveAccessibleDescription("Must be at least 2 characters");
    const slug = screen.getByRole("textbox", { name: "Slug" });
    await user.clear(slug);
    await user.type(slug, "Bad Slug");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Please correct the 2 marked fields.");
    expect(slug).toHaveAccessibleDescription(/Must match the required format/);
    expect(name).toHaveFocus();
    expect(rec.sent.filter((s) => s.method === "PATCH")).toHaveLength(0);
    await user.type(name, "yz");
    await waitFor(() => expect(name).not.toHaveAttribute("aria-invalid"));
    // the summary follows the fixes: one field left, then none
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent("Please correct the marked field."));
    await user.clear(slug);
    await user.type(slug, "good-slug");
    await waitFor(() => expect(screen.queryByText(/Please correct/)).not.toBeInTheDocument());
  });
});

describe("RecordForm — saving", () => {
  it("PATCHes only the changed fields with If-Match, sends null for a cleared field, then shows the record", async () => {
    const user = userEvent.setup();
    const rec = recorder();
    const app = await openEdit(user, rec.wrap);
    const name = screen.getByRole("textbox", { name: "Name" });
    await user.clear(name);
    await user.type(name, "Renamed category");
    await user.clear(screen.getByRole("textbox", { name: "Description" }));
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(app.location()).toBe(`/r/categories/${categoryId}`), T);
    const patch = rec.sent.find((s) => s.method === "PATCH");
    expect(patch?.body).toEqual({ name: "Renamed category", description: null });
    expect(patch?.ifMatch).toBe('"1"');
    expect(categoryDoc().name).toBe("Renamed category");
    expect(categoryDoc().description ?? null).toBeNull();
    expect(await screen.findByRole("heading", { name: "Renamed category", level: 1 }, T)).toBeInTheDocument();
  });

  it("maps a server field error to its field and shows the message", async () => {
    const user = userEvent.setup();
    const other = reference.store.find("categories").items.find((r) => r.id !== categoryId)!;
    await openEdit(user);
    const slug = screen.getByRole("textbox", { name: "Slug" });
    await user.clear(slug);
    await user.type(slug, String(other.doc.slug));
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(slug).toHaveAttribute("aria-invalid", "true"), T);
    expect(slug).toHaveFocus();
    expect(screen.getByRole("alert")).toBeInTheDocument();
    expect(slug).toHaveValue(String(other.doc.slug));
  });

  it("names a Craft Easy 500 on save a server failure (not a rejected record) and keeps every value", async () => {
    const user = userEvent.setup();
    const fail = (inner: typeof fetch): typeof fetch => (input, init) => {
      const req = toRequest(input, init);
      if (req.method === "PATCH") {
        const body = { error: { code: "INTERNAL_ERROR", message: "Internal server error" }, request_id: "r1" };
        return Promise.resolve(new Response(JSON.stringify(body), { status: 500, headers: { "content-type": "application/json" } }));
      }
      return inner(input, init);
    };
    const app = await openEdit(user, fail);
    const name = screen.getByRole("textbox", { name: "Name" });
    await user.clear(name);
    await user.type(name, "Kept value");
    await user.click(screen.getByRole("button", { name: "Save" }));
    const alert = await screen.findByRole("alert", {}, T);
    expect(alert).toHaveTextContent(/server failed while saving this record \(500 Internal Server Error\)/i);
    expect(alert).toHaveTextContent(/your values are kept/i);
    expect(alert).not.toHaveTextContent(/rejected this record|constraint/i);
    expect(name).toHaveValue("Kept value");
    expect(app.location()).toBe(`/r/categories/${categoryId}/edit`);
  });

  it("a save answered 429 Retry-After: 1 is sent again for the user after a notice, and saved", async () => {
    const user = userEvent.setup();
    const rec = recorder();
    let limited = false;
    const limitOnce = (inner: typeof fetch): typeof fetch => (input, init) => {
      const req = toRequest(input, init);
      if (req.method === "PATCH" && !limited) {
        limited = true;
        const body = { error: { code: "RATE_LIMITED", message: "Slow down" } };
        return Promise.resolve(new Response(JSON.stringify(body), { status: 429, headers: { "content-type": "application/json", "Retry-After": "1" } }));
      }
      return rec.wrap(inner)(input, init);
    };
    const app = await openEdit(user, limitOnce);
    const name = screen.getByRole("textbox", { name: "Name" });
    await user.clear(name);
    await user.type(name, "Saved after a wait");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("The server is busy; retrying in 1 s.", {}, T)).toBeInTheDocument();
    await waitFor(() => expect(app.location()).toBe(`/r/categories/${categoryId}`), T);
    expect(rec.sent.filter((s) => s.method === "PATCH")).toEqual([expect.objectContaining({ ifMatch: '"1"', body: { name: "Saved after a wait" } })]);
    expect(categoryDoc().name).toBe("Saved after a wait");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});

describe("RecordForm — concurrency", () => {
  it("on 412 shows theirs beside mine per field, merges and saves with the new ETag", async () => {
    const user = userEvent.setup();
    const rec = recorder();
    const app = await openEdit(user, rec.wrap);
    // someone else changes the name and the sort order after the form opened
    reference.store.update("categories", categoryId, { name: "Their name", sort_order: 999 }, { actor: ACTOR });
    const name = screen.getByRole("textbox", { name: "Name" });
    await user.clear(name);
    await user.type(name, "My name");
    const description = screen.getByRole("textbox", { name: "Description" });
    await user.clear(description);
    await user.type(description, "My description");
    await user.click(screen.getByRole("button", { name: "Save" }));

    const dialog = await screen.findByRole("dialog", { name: "Resolve conflicting changes" }, T);
    const nameRow = within(dialog).getByRole("group", { name: /Name/ });
    expect(within(nameRow).getByRole("radio", { name: /Keep mine/ })).toBeChecked();
    expect(nameRow).toHaveTextContent("My name");
    expect(nameRow).toHaveTextContent("Their name");
    // a field only they changed defaults to theirs
    expect(within(within(dialog).getByRole("group", { name: /Sort order/ })).getByRole("radio", { name: /Take theirs/ })).toBeChecked();
    await user.click(within(nameRow).getByRole("radio", { name: /Take theirs/ }));
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    await waitFor(() => expect(app.location()).toBe(`/r/categories/${categoryId}`), T);
    const patches = rec.sent.filter((s) => s.method === "PATCH");
    expect(patches).toHaveLength(2);
    expect(patches[0]?.ifMatch).toBe('"1"');
    expect(patches[1]?.ifMatch).toBe('"2"');
    expect(patches[1]?.body).toEqual({ description: "My description" });
    expect(categoryDoc()).toMatchObject({ name: "Their name", sort_order: 999, description: "My description" });
  });

  it("on 428 reloads the ETag and saves without losing the edit", async () => {
    const user = userEvent.setup();
    const rec = recorder();
    let stripped = 0;
    const noIfMatch = (inner: typeof fetch): typeof fetch => (input, init) => {
      const req = toRequest(input, init);
      if (req.method === "PATCH" && stripped < 2) {
        stripped++;
        const headers = new Headers(req.headers);
        headers.delete("If-Match");
        return rec.wrap(inner)(new Request(req, { headers }));
      }
      return rec.wrap(inner)(input, init);
    };
    const app = await openEdit(user, noIfMatch);
    const name = screen.getByRole("textbox", { name: "Name" });
    await user.clear(name);
    await user.type(name, "After 428");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(app.location()).toBe(`/r/categories/${categoryId}`), T);
    expect(categoryDoc().name).toBe("After 428");
    const patches = rec.sent.filter((s) => s.method === "PATCH");
    expect(patches.map((p) => p.ifMatch)).toEqual([null, null, '"1"']);
    expect(patches.at(-1)?.body).toEqual({ name: "After 428" });
  });
});
