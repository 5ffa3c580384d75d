// The record form and its pages in Swedish: chosen after sign-in, the app renders afresh in it.
import { afterEach, describe, expect, it } from "vitest";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { activateLocale } from "../../i18n/translate.ts";
import { signIn } from "../../testing/sign-in.ts";
import { renderApp } from "../../testing/render-app.tsx";
import { T } from "./form-test-helpers.ts";

afterEach(async () => {
  localStorage.clear();
  await act(() => activateLocale("en"));
});

describe("RecordForm in Swedish", () => {
  it("names the page, the form, its buttons and its validation in Swedish", async () => {
    const user = userEvent.setup();
    renderApp({ path: "/r/categories/new" });
    await signIn(user);
    await screen.findByRole("textbox", { name: "Name" }, T);
    await act(() => activateLocale("sv"));
    expect(await screen.findByRole("heading", { name: "Ny category", level: 1 }, T)).toBeInTheDocument();
    const form = screen.getByRole("form", { name: "Ny category" });
    expect(within(form).getByRole("button", { name: "Spara och lägg till en till" })).toBeInTheDocument();
    expect(within(form).getByRole("button", { name: "Avbryt" })).toBeInTheDocument();
    await user.click(within(form).getByRole("button", { name: "Spara" }));
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveAccessibleDescription("Name är obligatoriskt");
    expect(await screen.findByRole("alert")).toHaveTextContent(/^Rätta (det markerade fältet|de \d+ markerade fälten)\.$/);
  }, 60_000);
});
