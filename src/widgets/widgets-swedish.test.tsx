// The widgets speak the chosen language: their words from the catalogue, numbers, sizes and dates
// formatted for it.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { activateLocale } from "../i18n/translate.ts";
import { BooleanDisplay } from "./boolean/boolean-display.tsx";
import { BooleanFilter } from "./boolean/boolean-filter.tsx";
import { NumberDisplay } from "./number/number-display.tsx";
import { DateDisplay } from "./date/date-display.tsx";
import { EmptyValue } from "./shared/empty-value.tsx";
import { GdprMarker, MaskedValue } from "./gdpr-marker.tsx";
import { checkFile } from "./file/accept.ts";
import { TagsInput } from "./tags/tags-input.tsx";
import { MultiselectInput } from "./choice/multiselect-input.tsx";
import { RadioInput } from "./choice/radio-input.tsx";
import { DateRangeFilter } from "./date/date-range-filter.tsx";
import { makeField, renderFilter, renderInput } from "./test-harness.tsx";

describe("widgets in Swedish", () => {
  beforeEach(() => activateLocale("sv"));
  afterEach(() => activateLocale("en"));

  it("names yes/no, the empty mark and the filter's choices in Swedish", () => {
    render(
      <>
        <BooleanDisplay name="a" field={makeField({ type: "boolean" })} value={true} variant="cell" />
        <EmptyValue />
      </>,
    );
    expect(screen.getByText("Ja")).toBeInTheDocument();
    expect(screen.getByText("Tomt")).toBeInTheDocument();
    renderFilter(BooleanFilter, { label: "Aktiv" });
    for (const name of ["Alla", "Ja", "Nej"]) expect(screen.getByRole("radio", { name })).toBeInTheDocument();
  });

  it("formats numbers, sizes and dates for Swedish", () => {
    const number = render(<NumberDisplay name="n" field={makeField({ type: "number" })} value={12000.5} variant="cell" />);
    expect(number.container.textContent).toBe("12\u00a0000,5");
    render(<DateDisplay name="d" field={makeField({ type: "date" })} value="2024-03-05" variant="cell" />);
    expect(screen.getByText("5 mars 2024")).toBeInTheDocument();
    const file = new File(["x".repeat(3 * 1024 * 1024)], "big.pdf", { type: "application/pdf" });
    expect(checkFile(file, undefined, 1.5)).toBe("”big.pdf” är för stor (3 MB); gränsen är 1,5 MB.");
  });

  it("marks and reveals personal data in Swedish", async () => {
    const user = userEvent.setup();
    render(
      <>
        <GdprMarker category="kontakt" />
        <MaskedValue label="E-post">a@b.se</MaskedValue>
      </>,
    );
    expect(screen.getByRole("img", { name: "Personuppgifter: kontakt" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Visa E-post" }));
    expect(screen.getByRole("button", { name: "Dölj E-post" })).toBeInTheDocument();
  });

  it("adds and removes tags in Swedish", async () => {
    const { user } = renderInput(TagsInput, { label: "Taggar", field: { widget: "tags" } });
    const box = screen.getByRole("textbox", { name: "Taggar" });
    expect(box).toHaveAttribute("placeholder", "Lägg till…");
    expect(box).toHaveAccessibleDescription("Tryck Enter eller komma för att lägga till; Backsteg tar bort den sista.");
    await user.type(box, "röd,");
    expect(screen.getByText("Lade till röd")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Ta bort röd" }));
    expect(screen.getByText("Tog bort röd")).toBeInTheDocument();
  });

  it("names the multiselect's chips and the date range's ends in Swedish", () => {
    const options = [{ value: "red", label: "Röd" }, { value: "blue", label: "Blå" }];
    renderInput(MultiselectInput, { label: "Färger", value: ["red"], field: { widget: "multiselect", options } });
    expect(screen.getByRole("list", { name: "Markerade: Färger" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Ta bort Röd" })).toBeInTheDocument();
    renderFilter(DateRangeFilter, { label: "Skapad", field: { type: "date", widget: "date" } });
    expect(screen.getByLabelText("Skapad från")).toBeInTheDocument();
    expect(screen.getByLabelText("Skapad till")).toBeInTheDocument();
  });

  it("offers None as Inget", () => {
    renderInput(RadioInput, { label: "Storlek", field: { widget: "radio", options: [{ value: "s", label: "S" }] } });
    expect(screen.getByRole("radio", { name: "Inget" })).toBeInTheDocument();
  });
});
