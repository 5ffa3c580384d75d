// RecordForm on its own (as the relation picker's "Create new" dialog uses it): embedded, with a
// dialect's create-mode schema, no router, no drafts.
import { afterEach, describe, expect, it, vi } from "vitest";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ResourceSchema } from "../../protocol/types.ts";
import { FakeBackend, fakeResource, fakeSchema } from "../../testing/fake-backend.ts";
import { dataWrapper } from "../../testing/data-wrapper.tsx";
import { RecordForm } from "./record-form.tsx";

afterEach(() => localStorage.clear());

describe("RecordForm embedded", () => {
  it("uses the create-mode schema, validates, creates and reports the saved record without drafts", async () => {
    const user = userEvent.setup();
    const backend = new FakeBackend();
    const users = fakeResource("users");
    const createMode: ResourceSchema = {
      ...users,
      form: { groups: [{ label: "New user", fields: ["name", "code"] }] },
      fields: { name: users.fields.name!, code: { type: "string", widget: "text", required: true, readonly: false, label: "Code", max_length: 4 } },
    };
    const createFormSchema = vi.fn(async () => createMode);
    Object.assign(backend, { createFormSchema });
    const onSaved = vi.fn();
    const Wrapper = dataWrapper(backend, fakeSchema("Fake", [users]));
    render(
      <Wrapper>
        <RecordForm resource={users} mode="create" embedded onSaved={onSaved} onCancel={() => {}} />
      </Wrapper>,
    );
    const code = await screen.findByRole("textbox", { name: "Code" });
    expect(createFormSchema).toHaveBeenCalledWith(users, expect.anything());
    expect(screen.queryByRole("button", { name: "Save and add another" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Name is required")).toBeInTheDocument();
    expect(backend.create).not.toHaveBeenCalled();
    await user.type(screen.getByRole("textbox", { name: "Name" }), "Ada");
    await user.type(code, "AB12");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ item: { id: "new", name: "Ada", code: "AB12" }, version: '"1"' }));
    expect(backend.create).toHaveBeenCalledWith(createMode, { name: "Ada", code: "AB12" });
    expect(Object.keys(localStorage).filter((k) => k.startsWith("atrium:draft:"))).toEqual([]);
  });
});
