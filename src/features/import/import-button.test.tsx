import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../testing/render-app.tsx";
import { signIn } from "../../testing/sign-in.ts";

describe("Import from the list", () => {
  it("the list's Import button opens the wizard in a dialog named after the resource; Cancel closes it", async () => {
    const user = userEvent.setup();
    renderApp({ path: "/r/categories" });
    await signIn(user);
    await user.click(await screen.findByRole("button", { name: "Import" }, { timeout: 8000 }));
    const dialog = await screen.findByRole("dialog", { name: "Import Categories" }, { timeout: 15000 });
    expect(await within(dialog).findByLabelText("File", {}, { timeout: 15000 })).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Next" })).toBeDisabled();
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("the import page is a route of its own", async () => {
    const user = userEvent.setup();
    renderApp({ path: "/r/categories/import" });
    await signIn(user);
    expect(await screen.findByRole("heading", { name: "Import Categories" }, { timeout: 8000 })).toBeInTheDocument();
    expect(await screen.findByLabelText("File")).toBeInTheDocument();
  });
});
