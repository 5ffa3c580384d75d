// The registry's inputs and filters are bound late: without editors.ts loaded (this file does not
// import it, unlike the form), an input renders a busy placeholder that the real input replaces
// once its kind's editors have arrived, keeping the label's association.
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { createWidgetRegistry } from "./create-widget-registry.ts";
import { makeField } from "./test-harness.tsx";

describe("late-bound widget inputs", () => {
  it("shows a busy placeholder, then the real input, which works", async () => {
    const { Input } = createWidgetRegistry().getWidget("select");
    const field = makeField({ type: "string", widget: "select", options: [{ value: "a", label: "Alpha" }, { value: "b", label: "Beta" }] });
    let last: unknown;
    function Host() {
      const [value, setValue] = useState<unknown>(null);
      return (
        <>
          <label htmlFor="f">Letter</label>
          <Input name="letter" field={field} id="f" label="Letter" value={value} onChange={(v) => { last = v; setValue(v); }} />
        </>
      );
    }
    render(<Host />);
    const placeholder = screen.getByLabelText("Letter");
    expect(placeholder).toHaveAttribute("aria-busy", "true");
    expect(placeholder).toBeDisabled();
    // the real select (a native select) replaces it
    const select = await screen.findByRole("combobox", { name: "Letter" }, { timeout: 10_000 });
    await waitFor(() => expect(screen.queryByPlaceholderText("Loading…")).not.toBeInTheDocument());
    const user = userEvent.setup();
    await user.selectOptions(select, screen.getByRole("option", { name: "Beta" }));
    expect(last).toBe("b");
  });
});
