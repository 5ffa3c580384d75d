// The relation picker in Swedish: its controls and status line are translated, the schema's
// labels (the field's, the related resource's) are not.
import { screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { activateLocale } from "../../i18n/translate.ts";
import { withWrapper } from "../../testing/data-wrapper.tsx";
import { referenceAdapter } from "../../testing/reference-adapters.ts";
import { RelationPickerInput } from "./relation-picker-widgets.tsx";
import { pickerStatus, renderField, stubLayout } from "./relation-test-setup.tsx";

beforeEach(() => stubLayout());
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  await activateLocale("en");
});

describe("relation picker in Swedish", () => {
  it("names its buttons and counts its matches in Swedish", async () => {
    await activateLocale("sv");
    const s = withWrapper(await referenceAdapter("craft-easy"));
    const { user } = renderField(s, RelationPickerInput, "orders", "customer_id");
    const box = screen.getByRole("combobox", { name: "Customer" });
    expect(box).toHaveAttribute("placeholder", "Skriv för att söka…");
    expect(screen.getByRole("button", { name: "Visa alternativ för Customer" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Skapa ny Customer" })).toBeInTheDocument();
    await user.type(box, "a");
    expect(await screen.findByRole("listbox")).toHaveAttribute("aria-label", "Alternativ för Customer");
    await waitFor(() => expect(pickerStatus()).toHaveTextContent(/^\d+ (träff|träffar)$|visas – scrolla för fler$/));
  });
});
