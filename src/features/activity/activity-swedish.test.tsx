// The Activity page in Swedish: chosen after sign-in, the app renders afresh in it.
import { afterEach, describe, expect, it } from "vitest";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { activateLocale } from "../../i18n/translate.ts";
import { renderApp } from "../../testing/render-app.tsx";
import { signIn } from "../../testing/sign-in.ts";

const T = { timeout: 8000 };

afterEach(() => act(() => activateLocale("en")));

describe("ActivityPage in Swedish", () => {
  it("names the page, its filter, its entries' actions and their changes in Swedish", async () => {
    const user = userEvent.setup();
    renderApp({ path: "/activity" });
    await signIn(user);
    await screen.findByRole("list", { name: "Activity" }, T);
    await act(() => activateLocale("sv"));
    expect(await screen.findByRole("heading", { name: "Aktivitet", level: 1 }, T)).toBeInTheDocument();
    const list = await screen.findByRole("list", { name: "Aktivitet" }, T);
    expect(screen.getByRole("combobox", { name: "Resurs" })).toHaveDisplayValue("Alla resurser");
    expect(screen.getByRole("button", { name: "Visa fler" })).toBeInTheDocument();
    const items = within(list).getAllByRole("listitem");
    expect(items.some((li) => /\b(skapade|uppdaterade|tog bort)\b/.test(li.textContent ?? ""))).toBe(true);
    const changes = within(list).getAllByRole("table", { name: "Ändrade fält" })[0]!;
    expect(within(changes).getByRole("columnheader", { name: "Före" })).toBeInTheDocument();
  }, 60_000);
});
