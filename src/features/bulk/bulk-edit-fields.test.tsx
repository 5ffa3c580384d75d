import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { activateLocale } from "../../i18n/translate.ts";
import { withWrapper } from "../../testing/data-wrapper.tsx";
import { referenceAdapter } from "../../testing/reference-adapters.ts";
import { BulkEditFields } from "./bulk-edit-fields.tsx";

afterEach(() => activateLocale("en"));

describe("BulkEditFields", () => {
  it("asks for the fields to change in the spoken language, keeping the schema's field labels", async () => {
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const categories = s.resource("categories");
    const english = render(<BulkEditFields resource={categories} value={{ fields: [], values: {} }} onChange={() => {}} />, { wrapper: s.wrapper });
    expect(screen.getByRole("group", { name: "Fields to change" })).toBeInTheDocument();
    expect(screen.getByText("Tick at least one field.")).toBeInTheDocument();
    english.unmount();
    await activateLocale("sv");
    render(<BulkEditFields resource={categories} value={{ fields: [], values: {} }} onChange={() => {}} />, { wrapper: s.wrapper });
    expect(screen.getByRole("group", { name: "Fält att ändra" })).toBeInTheDocument();
    expect(screen.getByText("Markera minst ett fält.")).toBeInTheDocument();
    const label = categories.fields.name?.label ?? "Name";
    expect(screen.getByRole("checkbox", { name: label })).toBeInTheDocument();
  });
});
