import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { makeField, renderFilter, renderInput } from "../test-harness.tsx";
import { CheckboxInput, SwitchInput } from "./checkbox-input.tsx";
import { BooleanDisplay } from "./boolean-display.tsx";
import { BooleanFilter } from "./boolean-filter.tsx";

describe("checkbox and switch", () => {
  it("checkbox is labelled, toggles by click and Space, emits booleans", async () => {
    const { user, last } = renderInput(CheckboxInput, { label: "Active", value: false, field: { type: "boolean", widget: "checkbox" } });
    const box = screen.getByRole("checkbox", { name: "Active" });
    expect(box).not.toBeChecked();
    expect(box).toHaveAttribute("id", "f-input");
    await user.click(box);
    expect(last()).toBe(true);
    expect(box).toBeChecked();
    await user.keyboard(" ");
    expect(last()).toBe(false);
  });

  it("the form's label toggles it too", async () => {
    const { user, last } = renderInput(CheckboxInput, { label: "Active", value: false });
    await user.click(screen.getByText("Active"));
    expect(last()).toBe(true);
  });

  it("reads 'true' strings as checked and passes the description", () => {
    renderInput(CheckboxInput, { label: "Active", value: "true", extra: { describedBy: "help" } });
    const box = screen.getByRole("checkbox", { name: "Active" });
    expect(box).toBeChecked();
    expect(box).toHaveAttribute("aria-describedby", expect.stringContaining("help"));
  });

  it("switch has role switch and emits booleans", async () => {
    const { user, last } = renderInput(SwitchInput, { label: "Published", value: true });
    const sw = screen.getByRole("switch", { name: "Published" });
    expect(sw).toBeChecked();
    await user.click(sw);
    expect(last()).toBe(false);
  });

  it("does not change when read-only, by click, Space or its label, and says so", async () => {
    const { user, onChange } = renderInput(SwitchInput, { label: "Published", value: true, extra: { readOnly: true } });
    const sw = screen.getByRole("switch", { name: "Published" });
    expect(sw).toHaveAttribute("aria-readonly", "true");
    await user.click(sw);
    await user.keyboard(" ");
    await user.click(screen.getByText("Published"));
    expect(onChange).not.toHaveBeenCalled();
    expect(sw).toBeChecked();
  });

  it("ties the error state to the checkbox and can be disabled", () => {
    renderInput(CheckboxInput, { label: "Active", value: false, extra: { invalid: true, describedBy: "active-error", disabled: true } });
    const box = screen.getByRole("checkbox", { name: "Active" });
    expect(box).toHaveAttribute("aria-invalid", "true");
    expect(box).toHaveAttribute("aria-describedby", "active-error");
    expect(box).toBeDisabled();
  });
});

describe("boolean display", () => {
  const field = makeField({ type: "boolean" });
  it("shows ✓ Yes / ✗ No with the word for screen readers", () => {
    const { container, rerender } = render(<BooleanDisplay name="b" field={field} value={true} variant="cell" />);
    expect(container.textContent).toBe("✓Yes");
    expect(screen.getByText("✓")).toHaveAttribute("aria-hidden", "true");
    rerender(<BooleanDisplay name="b" field={field} value={false} variant="cell" />);
    expect(container.textContent).toBe("✗No");
    rerender(<BooleanDisplay name="b" field={field} value={null} variant="cell" />);
    expect(container.textContent).not.toMatch(/Yes|No/);
  });
});

describe("boolean filter", () => {
  it("any / yes / no → no filter / eq true / eq false, by arrows too", async () => {
    const { user, last } = renderFilter(BooleanFilter, { label: "Active" });
    expect(screen.getByRole("radiogroup", { name: "Active" })).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Any" })).toBeChecked();
    await user.click(screen.getByRole("radio", { name: "Yes" }));
    expect(last()).toEqual({ op: "eq", value: true });
    await user.keyboard("{ArrowRight}");
    expect(last()).toEqual({ op: "eq", value: false });
    await user.click(screen.getByRole("radio", { name: "Any" }));
    expect(last()).toBeUndefined();
  });
});
